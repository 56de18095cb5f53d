package dev.luccaokta.oktasandbox.auth;

import com.nimbusds.jose.jwk.JWK;
import java.util.Set;

/**
 * An API Services app of the org: its client id, the public key its client assertions are signed with, the Okta
 * API scopes granted to it, and whether its token requests must carry a DPoP proof.
 */
public record ServiceApp(String clientId, JWK publicKey, Set<String> scopes, boolean requireDpop) {
    public ServiceApp {
        if (publicKey.isPrivate()) {
            throw new IllegalArgumentException("A service app is registered with its public key only");
        }
        scopes = Set.copyOf(scopes);
    }
}
