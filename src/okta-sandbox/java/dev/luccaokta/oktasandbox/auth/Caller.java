package dev.luccaokta.oktasandbox.auth;

import java.util.Set;

/** Who made an API request, as far as the identity-sources API cares: the scopes the credential carries. */
public record Caller(Set<String> scopes) {
    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(String scope) {
        return Scopes.allows(scopes, scope);
    }
}
