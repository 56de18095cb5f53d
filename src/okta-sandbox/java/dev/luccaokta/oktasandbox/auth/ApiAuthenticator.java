package dev.luccaokta.oktasandbox.auth;

import dev.luccaokta.oktasandbox.errors.OktaApiException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is calling the management API, from the {@code Authorization} header: {@code SSWS} with an API token (every
 * scope, as its admin has), {@code Bearer} with a token issued without DPoP, or {@code DPoP} with a bound token and
 * a fresh proof for this very request signed by the bound key. Anything else is Okta's 401.
 */
public final class ApiAuthenticator {
    private final Credentials credentials;
    private final DpopProofs proofs;

    public ApiAuthenticator(Credentials credentials, DpopProofs proofs) {
        this.credentials = credentials;
        this.proofs = proofs;
    }

    public Caller authenticate(String authorization, String proof, String method, URI url) {
        if (authorization == null) {
            throw OktaApiException.invalidToken();
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            throw OktaApiException.invalidToken();
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String credential = authorization.substring(space + 1).trim();
        return switch (scheme) {
            case "ssws" -> {
                if (!credentials.isApiToken(credential)) {
                    throw OktaApiException.invalidToken();
                }
                yield new Caller(Scopes.ALL);
            }
            case "bearer" -> {
                AccessToken token = credentials.accessToken(credential).orElseThrow(OktaApiException::invalidToken);
                if (token.dpopBound()) {
                    throw OktaApiException.invalidToken();
                }
                yield new Caller(token.scopes());
            }
            case "dpop" -> new Caller(boundToken(credential, proof, method, url).scopes());
            default -> throw OktaApiException.invalidToken();
        };
    }

    private AccessToken boundToken(String credential, String proof, String method, URI url) {
        AccessToken token = credentials.accessToken(credential).filter(AccessToken::dpopBound)
                .orElseThrow(OktaApiException::invalidToken);
        try {
            if (!proofs.verify(proof, method, url, credential).keyThumbprint().equals(token.boundKeyThumbprint())) {
                throw OktaApiException.invalidToken();
            }
        } catch (JwtRejected e) {
            throw new OktaApiException(401, "E0000011", "Invalid token provided", List.of(e.getMessage()),
                    Map.of());
        }
        return token;
    }
}
