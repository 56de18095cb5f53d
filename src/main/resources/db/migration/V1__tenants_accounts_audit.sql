-- The connector's schema, portable between H2 and PostgreSQL. Never edit a migration once released: add the next.

CREATE TABLE tenant (
    id                         VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                       VARCHAR(200) NOT NULL,
    lucca_base_url             VARCHAR(500) NOT NULL,
    lucca_api_key              VARCHAR(500) NOT NULL,
    scim_token_hash            VARCHAR(64)  NOT NULL UNIQUE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_token_hash        VARCHAR(64),
    previous_token_valid_until TIMESTAMP WITH TIME ZONE,
    disabled                   BOOLEAN      NOT NULL,
    reverse_sync               BOOLEAN      NOT NULL,
    technical_admin_email      VARCHAR(254),
    leavers_grace_days         INTEGER      NOT NULL,
    snapshot_ttl_seconds       BIGINT       NOT NULL,
    user_name_source           VARCHAR(10)  NOT NULL,
    version                    BIGINT       NOT NULL
);

CREATE INDEX tenant_previous_token ON tenant (previous_token_hash);

CREATE TABLE tenant_property (
    tenant_id     VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    property_code VARCHAR(100)
);

CREATE INDEX tenant_property_tenant ON tenant_property (tenant_id);

CREATE TABLE tenant_group_type (
    tenant_id  VARCHAR(36) NOT NULL REFERENCES tenant (id),
    group_type VARCHAR(20)
);

CREATE INDEX tenant_group_type_tenant ON tenant_group_type (tenant_id);

CREATE TABLE admin_account (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    mail          VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(500) NOT NULL,
    operator      BOOLEAN      NOT NULL
);

CREATE TABLE audit_entry (
    id           VARCHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(36)     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    request_id   VARCHAR(100)    NOT NULL,
    operation    VARCHAR(10)     NOT NULL,
    user_id      VARCHAR(100)    NOT NULL,
    changes      VARCHAR(100000) NOT NULL,
    ignored      VARCHAR(100000) NOT NULL,
    lucca_status INTEGER,
    outcome      VARCHAR(20)     NOT NULL,
    detail       VARCHAR(1000)
);

CREATE INDEX audit_entry_tenant_at ON audit_entry (tenant_id, recorded_at);
