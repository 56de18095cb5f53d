-- Each Okta import, first page to last, per tenant, SCIM token and collection: when it ran, how many pages it asked
-- for and how many of them failed, how many resources it was served, and the snapshot it saw. The token is named by
-- an id derived from its hash, never by the token or the hash. A row with no ended_at is running, or was abandoned
-- once no page came for the import pin timeout.
CREATE TABLE okta_import (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(36)  NOT NULL,
    token_id           VARCHAR(16)  NOT NULL,
    collection         VARCHAR(20)  NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_page_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    outcome            VARCHAR(20),
    pages              INTEGER      NOT NULL,
    error_pages        INTEGER      NOT NULL,
    resources          INTEGER      NOT NULL,
    total_results      INTEGER,
    snapshot_built_at  TIMESTAMP WITH TIME ZONE,
    snapshot_changed   BOOLEAN      NOT NULL
);
CREATE INDEX okta_import_running ON okta_import (tenant_id, token_id, collection, ended_at);
CREATE INDEX okta_import_started ON okta_import (tenant_id, started_at);
CREATE INDEX okta_import_purge ON okta_import (started_at);
