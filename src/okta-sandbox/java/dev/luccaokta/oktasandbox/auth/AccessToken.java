package dev.luccaokta.oktasandbox.auth;

import java.time.Instant;
import java.util.Set;

/**
 * An access token issued by the token endpoint: to which app, with which scopes, until when, and the thumbprint of
 * the DPoP key it is bound to ({@code null} for a bearer token).
 */
public record AccessToken(String clientId, Set<String> scopes, Instant expiresAt, String boundKeyThumbprint) {
    public AccessToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean dpopBound() {
        return boundKeyThumbprint != null;
    }
}
