package dev.luccaokta.sandbox.auth;

import java.security.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer token the sandbox issued: to which client, for which of its scopes, until when. It is the
 * {@link Principal} of the Lucca API (v5) requests made with it.
 */
public record AccessToken(String value, OAuthClient client, Set<String> scopes, Instant expiresAt) implements Principal {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return client.name();
    }

    public boolean grants(String scope) {
        return scopes.contains(scope);
    }

    /** The same token for the client as it now is; the token's own scopes stay. */
    public AccessToken withClient(OAuthClient now) {
        return new AccessToken(value, now, scopes, expiresAt);
    }

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
        return "AccessToken[" + client.clientId() + " " + scopes.size() + " scopes]";
    }
}
