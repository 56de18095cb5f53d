package dev.luccaokta.oktasandbox.auth;

import java.util.Set;

/** The identity-sources scopes; as in Okta, the manage scope also allows reading. */
public final class Scopes {
    public static final String READ = "okta.identitySources.read";
    public static final String MANAGE = "okta.identitySources.manage";
    public static final Set<String> ALL = Set.of(READ, MANAGE);

    private Scopes() {
    }

    public static boolean allows(Set<String> granted, String needed) {
        return granted.contains(needed) || READ.equals(needed) && granted.contains(MANAGE);
    }
}
