package dev.luccaokta.oktasandbox.directory;

import java.time.Instant;

/** A group a source manages, known by its Okta id ({@code 00g…}) or its {@code externalId}. */
public record OktaGroup(String id, String sourceId, String externalId, GroupProfile profile, Instant created,
                        Instant lastUpdated) {
}
