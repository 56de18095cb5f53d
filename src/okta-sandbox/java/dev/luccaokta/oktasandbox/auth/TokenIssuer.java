package dev.luccaokta.oktasandbox.auth;

import dev.luccaokta.oktasandbox.errors.OAuthException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The org's token endpoint: the client credentials grant with {@code private_key_jwt} only, scopes the app was
 * granted, and DPoP when the app requires it (or the client offers a proof): a first proof without the current nonce
 * gets {@code use_dpop_nonce} and the nonce to retry with; a good one, a token bound to the proof's key.
 */
public final class TokenIssuer {
    public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final Credentials credentials;
    private final ClientAssertions assertions;
    private final ReplayGuard assertionIds;
    private final DpopProofs proofs;
    private final DpopNonces nonces;
    private final Supplier<Duration> lifetime;

    public TokenIssuer(Credentials credentials, ClientAssertions assertions, ReplayGuard assertionIds, DpopProofs proofs,
                       DpopNonces nonces, Supplier<Duration> lifetime) {
        this.credentials = credentials;
        this.assertions = assertions;
        this.assertionIds = assertionIds;
        this.proofs = proofs;
        this.nonces = nonces;
        this.lifetime = lifetime;
    }

    /** What the token endpoint answers: {@code token_type} is {@code DPoP} or {@code Bearer}. */
    public record Grant(String accessToken, String tokenType, long expiresIn, String scope) {
    }

    /** @param form the request's form fields; @param proof its {@code DPoP} header or {@code null} */
    public Grant issue(Map<String, String> form, String proof, URI tokenUrl) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            throw OAuthException.badRequest("unsupported_grant_type", "Only the client_credentials grant is supported");
        }
        if (!JWT_BEARER.equals(form.get("client_assertion_type")) || form.get("client_assertion") == null
                || form.containsKey("client_secret")) {
            throw OAuthException.invalidClient("Client authentication must be private_key_jwt");
        }
        ClientAssertions.Verified client;
        try {
            client = assertions.verify(form.get("client_assertion"), tokenUrl.toString(), credentials::app);
        } catch (JwtRejected e) {
            throw OAuthException.invalidClient(e.getMessage());
        }
        Set<String> scopes = requestedScopes(form.get("scope"), client.app());
        String keyThumbprint = null;
        if (client.app().requireDpop() || proof != null) {
            keyThumbprint = boundKey(proof, tokenUrl);
        }
        if (!assertionIds.firstUse(client.jti(), client.expiresAt())) {
            throw OAuthException.invalidClient("The client assertion's jti was already used");
        }
        Duration life = lifetime.get();
        String token = credentials.issue(client.app(), scopes, life, keyThumbprint);
        return new Grant(token, keyThumbprint == null ? "Bearer" : "DPoP", life.toSeconds(), String.join(" ", scopes));
    }

    private static Set<String> requestedScopes(String scope, ServiceApp app) {
        if (scope == null || scope.isBlank()) {
            throw OAuthException.badRequest("invalid_scope", "The scope parameter is required");
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        if (!app.scopes().containsAll(requested)) {
            throw OAuthException.badRequest("invalid_scope",
                    "One or more scopes are not configured for the authorization server resource");
        }
        return requested;
    }

    private String boundKey(String proof, URI tokenUrl) {
        DpopProofs.Proof checked;
        try {
            checked = proofs.verify(proof, "POST", tokenUrl, null);
        } catch (JwtRejected e) {
            throw OAuthException.invalidDpopProof(e.getMessage());
        }
        if (!nonces.valid(checked.nonce())) {
            throw new OAuthException(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.",
                    Map.of("DPoP-Nonce", nonces.issue()));
        }
        return checked.keyThumbprint();
    }
}
