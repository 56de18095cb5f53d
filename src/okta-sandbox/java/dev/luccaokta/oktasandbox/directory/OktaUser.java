package dev.luccaokta.oktasandbox.directory;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code externalId} of a source: its app user ({@code appUserId}) and the Okta user linked to it
 * ({@code userId}), whose profile is the app user's. Profile values are strings or {@code null}.
 */
public record OktaUser(String appUserId, String userId, String sourceId, String externalId, UserStatus status,
                       Map<String, String> profile, Instant created, Instant lastUpdated) {
    public OktaUser {
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
    }

    OktaUser with(UserStatus newStatus, Map<String, String> newProfile, Instant now) {
        return new OktaUser(appUserId, userId, sourceId, externalId, newStatus, newProfile, created, now);
    }
}
