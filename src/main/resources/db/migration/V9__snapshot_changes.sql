-- What each publication of a tenant's snapshot changed for Okta, against the snapshot it replaced: one row per
-- publication with its counts, and up to a bounded number of rows per change (the counts say how many in all).
-- No foreign key to tenant: deleting a tenant deletes these rows by its id, and the purge deletes them by date.
CREATE TABLE snapshot_publication (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(36) NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    source              VARCHAR(20) NOT NULL,
    first_snapshot      BOOLEAN NOT NULL,
    people              INT NOT NULL,
    group_count         INT NOT NULL,
    added               INT NOT NULL,
    changed             INT NOT NULL,
    deactivated         INT NOT NULL,
    reactivated         INT NOT NULL,
    removed             INT NOT NULL,
    groups_added        INT NOT NULL,
    groups_removed      INT NOT NULL,
    groups_changed      INT NOT NULL,
    listed              INT NOT NULL
);

CREATE INDEX snapshot_publication_tenant_at ON snapshot_publication (tenant_id, published_at);
CREATE INDEX snapshot_publication_at ON snapshot_publication (published_at);

CREATE TABLE snapshot_change (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    publication_id      VARCHAR(36) NOT NULL,
    tenant_id           VARCHAR(36) NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    line_no             INT NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    resource_type       VARCHAR(10) NOT NULL,
    resource_id         VARCHAR(100) NOT NULL,
    display_name        VARCHAR(300),
    attributes          VARCHAR(2000),
    members_added       INT,
    members_removed     INT,
    added_member_ids    VARCHAR(1000),
    removed_member_ids  VARCHAR(1000)
);

CREATE INDEX snapshot_change_publication ON snapshot_change (publication_id, line_no);
CREATE INDEX snapshot_change_tenant ON snapshot_change (tenant_id);
CREATE INDEX snapshot_change_at ON snapshot_change (published_at);
