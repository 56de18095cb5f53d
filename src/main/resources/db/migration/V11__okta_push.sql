-- How a tenant's people reach Okta: Okta pulls them over SCIM (as before), or the connector pushes them to a Custom
-- Identity Source of the tenant's Okta org. The Okta settings stay when a tenant goes back to SCIM; the API token and
-- the service app's private key (a JWK) are sealed like the Lucca secrets.
ALTER TABLE tenant ADD COLUMN delivery_mode VARCHAR(20) DEFAULT 'SCIM_PULL' NOT NULL;
ALTER TABLE tenant ADD COLUMN okta_org_url VARCHAR(500);
ALTER TABLE tenant ADD COLUMN okta_source_id VARCHAR(64);
ALTER TABLE tenant ADD COLUMN okta_client_id VARCHAR(100);
ALTER TABLE tenant ADD COLUMN okta_private_key VARCHAR(12000);
ALTER TABLE tenant ADD COLUMN okta_api_token VARCHAR(500);

-- What Okta was last sent, per person: the hash of the profile, so that only what changed is sent again.
-- No foreign key to tenant: deleting a tenant deletes these rows by its id (as for the tables below).
CREATE TABLE okta_ledger (
    tenant_id     VARCHAR(36)  NOT NULL,
    external_id   VARCHAR(100) NOT NULL,
    profile_hash  CHAR(64)     NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, external_id)
);

-- The people still to send, one row per person however many times they changed: the latest action, the earliest
-- change not yet delivered (the lag is measured from it), and a sequence that grows with every change, so that a
-- delivery deletes the row only if nothing changed meanwhile.
CREATE TABLE okta_outbox (
    tenant_id     VARCHAR(36)  NOT NULL,
    external_id   VARCHAR(100) NOT NULL,
    action        VARCHAR(10)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    enqueued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence      BIGINT       NOT NULL,
    attempts      INT          NOT NULL,
    not_before    TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(300),
    PRIMARY KEY (tenant_id, external_id)
);
CREATE INDEX okta_outbox_due ON okta_outbox (tenant_id, not_before, changed_at);

-- The import sessions the connector opened in Okta, with Okta's status of each.
CREATE TABLE okta_push_session (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL,
    okta_session_id VARCHAR(64)  NOT NULL,
    purpose         VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    users_upserted  INT          NOT NULL,
    users_deleted   INT          NOT NULL,
    requests        INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    error           VARCHAR(300)
);
CREATE INDEX okta_push_session_tenant ON okta_push_session (tenant_id, created_at);

-- How long changes took to reach Okta: one row per distinct lag (in milliseconds) of one delivery, with how many
-- people had it. Kept 8 days, for the last day's percentiles and the week's hourly chart.
CREATE TABLE okta_push_delivery (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(36)  NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lag_ms        BIGINT       NOT NULL,
    count         INT          NOT NULL
);
CREATE INDEX okta_push_delivery_tenant_at ON okta_push_delivery (tenant_id, delivered_at);
CREATE INDEX okta_push_delivery_at ON okta_push_delivery (delivered_at);
