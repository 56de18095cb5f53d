package dev.luccaokta.tenant;

/** What a publication of a tenant's snapshot did to one person or group, as Okta's next import sees it. */
public enum ChangeKind {
    /** A person listed now and not before. */
    ADDED,
    /** A person whose attributes changed, active before and after (or inactive before and after). */
    CHANGED,
    /** A person active before and inactive now: Okta deactivates them. */
    DEACTIVATED,
    /** A person inactive before and active now. */
    REACTIVATED,
    /** A person listed before and no longer: Lucca deleted them, or they left longer ago than the grace period. */
    REMOVED,
    GROUP_ADDED,
    GROUP_REMOVED,
    /** A group whose name or members changed. */
    GROUP_CHANGED
}
