/**
 * The tenant's view of Lucca as SCIM resources: the property catalogue and its mapping (Lucca user → SCIM
 * User, organisation structure → Groups), and the immutable snapshot Okta is served from, built with few
 * large Lucca calls and refreshed in the background once it is older than the tenant's TTL, or, where Lucca's events
 * keep it fresh ({@link LiveChanges}), changed person by person as they come and read in full once a day; in a
 * cluster, published for the other instances so that Lucca is read once for all of them ({@link SharedSnapshots}).
 * Around it, what keeps Okta's imports safe and visible: the safeguard that holds back a snapshot that would
 * deactivate many people ({@link SnapshotSafeguard}) and its dry run ({@link DryRuns}), what each publication changed
 * ({@link PublicationRecorder}), Okta's imports page by page ({@link ImportHistory}), the Lucca calls spent per day
 * ({@link LuccaUsageRecorder}) and the manager checks ({@link ManagerChecks}).
 */
package dev.luccaokta.directory;
