-- The safeguard's threshold per tenant: a new snapshot is held when more than this share of the people Okta last
-- imported as active, and at least this many people, would become inactive or disappear.
ALTER TABLE tenant ADD COLUMN safeguard_percent INT DEFAULT 5 NOT NULL;
ALTER TABLE tenant ADD COLUMN safeguard_minimum INT DEFAULT 10 NOT NULL;

-- The people Okta last imported, per tenant, as the safeguard compares new snapshots with them (gzip'd JSON: id,
-- name, active, establishment); kept in the database so that a restart or another instance compares with the same.
CREATE TABLE import_baseline (
    tenant_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    snapshot_built_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    people             INT NOT NULL,
    active             INT NOT NULL,
    content            BYTEA NOT NULL
);

-- A snapshot the safeguard held back, per tenant: what it would have done to Okta's people, a sample with reasons,
-- the likely cause; and, once an administrator released it, how many deactivations the release allows.
CREATE TABLE snapshot_hold (
    tenant_id       VARCHAR(36) NOT NULL PRIMARY KEY,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    base_active     INT NOT NULL,
    affected        INT NOT NULL,
    deactivated     INT NOT NULL,
    vanished        INT NOT NULL,
    likely_cause    VARCHAR(1000) NOT NULL,
    sample          VARCHAR(20000) NOT NULL,
    released_at     TIMESTAMP WITH TIME ZONE,
    released_by     VARCHAR(320),
    allowed         INT
);
