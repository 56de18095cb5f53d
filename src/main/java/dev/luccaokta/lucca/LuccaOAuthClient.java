package dev.luccaokta.lucca;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A client application registered in the tenant's Lucca (client credentials), and the scopes the tenant's
 * selection needs from it.
 */
public record LuccaOAuthClient(String clientId, String clientSecret, Set<LuccaScope> scopes) {

    public LuccaOAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** The same client asking for other scopes. */
    public LuccaOAuthClient withScopes(Set<LuccaScope> otherScopes) {
        return new LuccaOAuthClient(clientId, clientSecret, otherScopes);
    }

    @Override
    public String toString() {
        // The secret stays out of log lines and error messages.
        return "LuccaOAuthClient[" + clientId + "]";
    }
}
