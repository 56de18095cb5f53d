-- Lucca's webhook events keep a tenant's snapshot fresh when the tenant switches them on: off for every tenant.
ALTER TABLE tenant ADD COLUMN lucca_events BOOLEAN DEFAULT FALSE NOT NULL;

-- The webhook endpoint the connector made on the tenant's Lucca, one per tenant: its id there, where it sends
-- events, the secret it signs them with (sealed for this row and column, as Lucca shows it once), and what Lucca
-- last said of it.
CREATE TABLE webhook_subscription (
    tenant_id        VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES tenant (id),
    lucca_base_url   VARCHAR(500) NOT NULL,
    endpoint_id      VARCHAR(64)  NOT NULL,
    webhook_url      VARCHAR(1000) NOT NULL,
    webhook_secret   VARCHAR(500) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    problem          VARCHAR(500)
);

-- Every event Lucca delivered and the connector acknowledged, written before the acknowledgement: a crash between
-- the two loses nothing. One row per event id and tenant (Lucca delivers at least once); applied_at says it is done.
CREATE TABLE event_inbox (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(36)  NOT NULL,
    event_id       VARCHAR(64)  NOT NULL,
    topic          VARCHAR(100) NOT NULL,
    employee_id    BIGINT,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by     VARCHAR(36),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    applied_at     TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(20),
    CONSTRAINT event_inbox_event UNIQUE (tenant_id, event_id)
);
CREATE INDEX event_inbox_pending ON event_inbox (tenant_id, applied_at);
CREATE INDEX event_inbox_received ON event_inbox (received_at);
