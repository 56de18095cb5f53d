package dev.luccaokta.tenant;

/** What a person waiting in the {@link PushOutbox} needs from Okta. */
public enum PushAction {
    /** Create or update the person in the identity source. */
    UPSERT,
    /** Remove the person from the identity source (Okta deactivates the user). */
    DELETE
}
