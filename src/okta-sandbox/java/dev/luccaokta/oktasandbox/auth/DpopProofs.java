package dev.luccaokta.oktasandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks a DPoP proof (RFC 9449) for one request: {@code typ dpop+jwt}, a public {@code jwk} in the header that
 * signed it, {@code htm} and {@code htu} naming this request, an {@code iat} within a minute, a {@code jti} never seen
 * before, and on API calls an {@code ath} that hashes the access token. Whether a nonce is needed is the token
 * endpoint's business: the proof's {@code nonce} is handed back.
 */
public final class DpopProofs {
    static final Duration IAT_WINDOW = Duration.ofMinutes(1);
    private static final JOSEObjectType DPOP = new JOSEObjectType("dpop+jwt");
    private static final String WHAT = "DPoP proof";

    private final Clock clock;
    private final ReplayGuard replays;

    public DpopProofs(Clock clock, ReplayGuard replays) {
        this.clock = clock;
        this.replays = replays;
    }

    /** A proof that passed: the thumbprint of its key and the nonce it carried ({@code null} if none). */
    public record Proof(String keyThumbprint, String nonce) {
    }

    /** @param accessToken the token the proof goes with, or {@code null} at the token endpoint */
    public Proof verify(String proof, String method, URI url, String accessToken) throws JwtRejected {
        if (proof == null || proof.isBlank()) {
            throw new JwtRejected("The DPoP proof JWT header is missing");
        }
        SignedJWT jwt = Signatures.parse(proof, WHAT);
        if (!DPOP.equals(jwt.getHeader().getType())) {
            throw new JwtRejected("The DPoP proof's typ must be dpop+jwt");
        }
        JWK key = jwt.getHeader().getJWK();
        if (key == null || key.isPrivate()) {
            throw new JwtRejected("The DPoP proof's header must carry the public jwk");
        }
        Signatures.verify(jwt, key, WHAT);
        JWTClaimsSet claims = Signatures.claims(jwt, WHAT);
        if (!method.equals(string(claims, "htm"))) {
            throw new JwtRejected("The DPoP proof's 'htm' claim is invalid");
        }
        if (!sameTarget(string(claims, "htu"), url)) {
            throw new JwtRejected("The DPoP proof's 'htu' claim is invalid");
        }
        Instant now = clock.instant();
        if (claims.getIssueTime() == null
                || Duration.between(claims.getIssueTime().toInstant(), now).abs().compareTo(IAT_WINDOW) > 0) {
            throw new JwtRejected("The DPoP proof's 'iat' claim is not within a minute of now");
        }
        if (accessToken != null && !tokenHash(accessToken).equals(string(claims, "ath"))) {
            throw new JwtRejected("The DPoP proof's 'ath' claim does not match the access token");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank() || !replays.firstUse(jti, now.plus(IAT_WINDOW.multipliedBy(2)))) {
            throw new JwtRejected("The DPoP proof's 'jti' claim is missing or was already used");
        }
        try {
            return new Proof(key.computeThumbprint().toString(), string(claims, "nonce"));
        } catch (JOSEException e) {
            throw new JwtRejected("The DPoP proof's key has no thumbprint");
        }
    }

    /** Base64url SHA-256 of the access token, the {@code ath} a proof carries. */
    public static String tokenHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String string(JWTClaimsSet claims, String name) throws JwtRejected {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new JwtRejected("The DPoP proof's '" + name + "' claim must be a string");
        }
    }

    /** The request's URL without query or fragment, host in any case, the default port written or not. */
    private static boolean sameTarget(String htu, URI url) {
        if (htu == null) {
            return false;
        }
        try {
            URI claimed = URI.create(htu);
            return claimed.getQuery() == null && claimed.getFragment() == null
                    && url.getScheme().equalsIgnoreCase(String.valueOf(claimed.getScheme()))
                    && url.getHost().toLowerCase(Locale.ROOT).equals(String.valueOf(claimed.getHost()).toLowerCase(Locale.ROOT))
                    && port(url) == port(claimed)
                    && url.getRawPath().equals(claimed.getRawPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
