-- Calls that spent a Lucca instance's request budget, per instance and day (UTC), added up by every instance of the
-- connector: what the administration page charts against Okta's imports.
CREATE TABLE lucca_usage_day (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    lucca      VARCHAR(300) NOT NULL,
    usage_day  DATE         NOT NULL,
    calls      BIGINT       NOT NULL,
    CONSTRAINT lucca_usage_day_key UNIQUE (lucca, usage_day)
);
