package dev.luccaokta.tenant;

/** How an attempt by Okta to write to Lucca ended, or what the snapshot safeguard did with a tenant's snapshot. */
public enum AuditOutcome {
    /**
     * The change was on its way to Lucca and its end was never recorded (the connector stopped, or could not store it):
     * look in Lucca whether it applied.
     */
    PENDING,
    /** Lucca applied the change. */
    APPLIED,
    /** Nothing writable differed from Lucca's record: Lucca was not called. */
    UNCHANGED,
    /** The tenant, its Lucca key or the connector refused before Lucca was called. */
    REFUSED,
    /** The request was invalid (a read-only attribute in a PATCH, a malformed value, a stale version). */
    INVALID,
    /** Lucca refused the change; nothing was applied. */
    LUCCA_REJECTED,
    /** Lucca failed or could not be reached; Okta was told to retry. */
    LUCCA_FAILED,
    /** The connector itself failed; Okta got a 500 with an incident id. */
    ERROR,
    /** A new snapshot would have deactivated or dropped too many people: Okta keeps getting the previous one. */
    SNAPSHOT_HELD,
    /** An administrator let the held snapshot's deactivations through; the next read publishes them. */
    SNAPSHOT_RELEASED,
    /** An administrator discarded the held snapshot; the next read is checked again. */
    SNAPSHOT_DISCARDED,
    /** A snapshot was published after a hold: released, or no longer over the threshold. */
    SNAPSHOT_PUBLISHED
}
