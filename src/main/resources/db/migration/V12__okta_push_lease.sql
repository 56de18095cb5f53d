-- Which instance of a cluster sends a tenant's outbox to Okta, until when: one at a time, so that a person is not sent
-- twice at once and a session is followed by the instance that opened it.
CREATE TABLE okta_push_lease (
    tenant_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner         VARCHAR(36)  NOT NULL,
    leased_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
