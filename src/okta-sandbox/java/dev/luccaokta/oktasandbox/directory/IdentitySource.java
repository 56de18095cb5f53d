package dev.luccaokta.oktasandbox.directory;

/**
 * A Custom Identity Source app of the org, with the two features the API depends on: {@code IDENTITY_SOURCE_APPS}
 * (off: every call is refused 403) and {@code IDENTITY_SOURCE_MANAGE_INDIVIDUAL_ENTITIES} (off: the per-user, group
 * and membership endpoints answer 404).
 */
public record IdentitySource(String id, boolean identitySourceApps, boolean individualEntities) {
}
