package dev.luccaokta.sandbox.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A client application registered in Lucca: the id and secret it presents to the token endpoint, the scopes it was
 * granted and the business establishments it may see (empty: all of them).
 */
public record OAuthClient(String clientId, String secret, String name, Set<String> scopes,
                          Set<Integer> establishmentIds) {
    public OAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(name, "name");
        scopes = Set.copyOf(scopes);
        establishmentIds = Set.copyOf(establishmentIds);
    }

    public boolean sees(int establishmentId) {
        return establishmentIds.isEmpty() || establishmentIds.contains(establishmentId);
    }

    public OAuthClient withScopes(Set<String> newScopes) {
        return new OAuthClient(clientId, secret, name, newScopes, establishmentIds);
    }

    public OAuthClient withEstablishments(Set<Integer> newEstablishmentIds) {
        return new OAuthClient(clientId, secret, name, scopes, newEstablishmentIds);
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "OAuthClient[" + clientId + " " + name + "]";
    }
}
