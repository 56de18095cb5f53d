package dev.luccaokta.oktasandbox.directory;

/** The Okta user's status as the source drives it: a delete deactivates, a later upsert reactivates. */
public enum UserStatus {
    ACTIVE,
    DEPROVISIONED
}
