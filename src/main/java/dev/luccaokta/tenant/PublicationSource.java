package dev.luccaokta.tenant;

/** What replaced a tenant's snapshot. */
public enum PublicationSource {
    /** A full read of Lucca (a first snapshot, a new day, a new configuration, an administrator's recheck). */
    FULL_READ,
    /** A read of the people Lucca changed since the previous snapshot. */
    REFRESH,
    /** Lucca's webhook events: the people they named, read again. */
    EVENTS,
    /** Lucca's answer to a write Okta made. */
    WRITE_BACK
}
