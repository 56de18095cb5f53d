package dev.luccaokta.oktasandbox.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a {@code private_key_jwt} client assertion as Okta's token endpoint does: signed by the app's registered
 * key, {@code iss} and {@code sub} both the client id, {@code aud} the token endpoint's URL, an {@code exp} at most an
 * hour away, and a {@code jti}. The caller records the {@code jti} once the whole request is accepted, so that an
 * assertion sent with a DPoP proof still lacking its nonce may be sent again.
 */
public final class ClientAssertions {
    static final Duration LONGEST_LIFETIME = Duration.ofHours(1);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final String WHAT = "client assertion";

    private final Clock clock;

    public ClientAssertions(Clock clock) {
        this.clock = clock;
    }

    /** An assertion whose checks passed: the app it authenticates and its {@code jti}, valid until {@code expiresAt}. */
    public record Verified(ServiceApp app, String jti, Instant expiresAt) {
    }

    public Verified verify(String assertion, String tokenUrl, Function<String, Optional<ServiceApp>> apps)
            throws JwtRejected {
        SignedJWT jwt = Signatures.parse(assertion, WHAT);
        JWTClaimsSet claims = Signatures.claims(jwt, WHAT);
        String clientId = claims.getIssuer();
        if (clientId == null || !clientId.equals(claims.getSubject())) {
            throw new JwtRejected("The client assertion's iss and sub must both be the client id");
        }
        ServiceApp app = apps.apply(clientId).orElseThrow(() -> new JwtRejected("The client is unknown"));
        Signatures.verify(jwt, app.publicKey(), WHAT);
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl)) {
            throw new JwtRejected("The client assertion's aud must be the token endpoint " + tokenUrl);
        }
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null) {
            throw new JwtRejected("The client assertion has no exp");
        }
        Instant expiresAt = claims.getExpirationTime().toInstant();
        if (!expiresAt.isAfter(now)) {
            throw new JwtRejected("The client assertion has expired");
        }
        if (expiresAt.isAfter(now.plus(LONGEST_LIFETIME).plus(CLOCK_SKEW))) {
            throw new JwtRejected("The client assertion's exp must be within an hour");
        }
        if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
            throw new JwtRejected("The client assertion has no jti");
        }
        return new Verified(app, claims.getJWTID(), expiresAt);
    }
}
