package dev.luccaokta.oktasandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Set;

/** Parses a signed JWT and checks that {@code key} signed it with RS256 or ES256, the algorithms Okta takes here. */
final class Signatures {
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private Signatures() {
    }

    static SignedJWT parse(String jwt, String what) throws JwtRejected {
        try {
            SignedJWT parsed = SignedJWT.parse(jwt);
            if (!ACCEPTED.contains(parsed.getHeader().getAlgorithm())) {
                throw new JwtRejected("The " + what + " must be signed with RS256 or ES256");
            }
            return parsed;
        } catch (ParseException e) {
            throw new JwtRejected("The " + what + " is not a signed JWT");
        }
    }

    static void verify(SignedJWT jwt, JWK key, String what) throws JwtRejected {
        try {
            JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
            JWSVerifier verifier;
            if (key instanceof RSAKey rsa && JWSAlgorithm.RS256.equals(algorithm)) {
                verifier = new RSASSAVerifier(rsa);
            } else if (key instanceof ECKey ec && JWSAlgorithm.ES256.equals(algorithm)) {
                verifier = new ECDSAVerifier(ec);
            } else {
                throw new JwtRejected("The " + what + "'s algorithm does not match its key");
            }
            if (!jwt.verify(verifier)) {
                throw new JwtRejected("The " + what + "'s signature is invalid");
            }
        } catch (JOSEException e) {
            throw new JwtRejected("The " + what + "'s signature cannot be checked");
        }
    }

    static JWTClaimsSet claims(SignedJWT jwt, String what) throws JwtRejected {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new JwtRejected("The " + what + "'s claims are not a JSON object");
        }
    }
}
