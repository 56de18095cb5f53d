package dev.luccaokta.okta;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The {@code private_key_jwt} client assertion a service app proves itself with at Okta's token endpoint: issuer and
 * subject its client id, audience the token endpoint's URL, a short life and a random {@code jti}, since Okta
 * refuses an assertion it has seen before.
 *
 * <pre>{@code
 * String assertion = ClientAssertions.sign(app, URI.create("https://acme.okta.com/oauth2/v1/token"), clock.instant());
 * }</pre>
 */
final class ClientAssertions {

    /** Okta accepts assertions valid for up to an hour; this one is used at once. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private ClientAssertions() {
    }

    static String sign(OktaCredentials.ServiceApp app, URI tokenUrl, Instant now) {
        JWK key = app.signingKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(app.clientId())
                .subject(app.clientId())
                .audience(tokenUrl.toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            JWSSigner signer;
            JWSAlgorithm algorithm;
            if (key instanceof ECKey ec) {
                signer = new ECDSASigner(ec);
                algorithm = algorithm(ec);
            } else {
                signer = new RSASSASigner((RSAKey) key);
                algorithm = JWSAlgorithm.RS256;
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            // Not the exception's message: it may describe the key.
            throw new IllegalStateException("The service app's key cannot sign a client assertion");
        }
    }

    /** The ECDSA algorithm of a key's curve; null for a curve Okta does not take. */
    static JWSAlgorithm algorithm(ECKey key) {
        Curve curve = key.getCurve();
        if (Curve.P_256.equals(curve)) {
            return JWSAlgorithm.ES256;
        }
        if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        }
        return Curve.P_521.equals(curve) ? JWSAlgorithm.ES512 : null;
    }
}
