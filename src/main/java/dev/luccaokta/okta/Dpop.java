package dev.luccaokta.okta;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demonstrating Proof of Possession (RFC 9449) towards Okta: one EC P-256 key for the life of the process, a fresh
 * proof for every token request and every API call (method, URL without query or fragment, time, random id, the
 * access token's hash on API calls), and the nonces Okta hands out, kept per org and per side (its token endpoint,
 * its API) and sent back in the next proofs. Okta binds each access token to this key, so a token copied elsewhere
 * is useless there; a new process gets a new key, and new tokens.
 *
 * <pre>{@code
 * String proof = dpop.proof("POST", tokenUrl, dpop.nonce(org, Dpop.Side.TOKEN), null);
 * }</pre>
 */
@ApplicationScoped
public class Dpop {

    /** Where a nonce was given: Okta's authorization server and its resource server keep their own. */
    enum Side { TOKEN, API }

    private record NonceKey(URI org, Side side) {
    }

    /** A nonce longer than this is not one of Okta's; it is not sent back. */
    private static final int MAX_NONCE_CHARS = 512;

    private final ECKey key;
    private final ECDSASigner signer;
    private final Map<NonceKey, String> nonces = new ConcurrentHashMap<>();

    public Dpop() {
        try {
            key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
            signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("This JVM cannot make an EC P-256 key for DPoP", e);
        }
    }

    /**
     * A proof for one request.
     *
     * @param nonce       the nonce Okta gave for this side, or null
     * @param accessToken the token the request carries (its hash goes in {@code ath}), or null on a token request
     */
    String proof(String method, URI url, String nonce, String accessToken, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", method)
                .claim("htu", withoutQuery(url))
                .issueTime(Date.from(now));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (accessToken != null) {
            claims.claim("ath", hash(accessToken));
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build();
        SignedJWT proof = new SignedJWT(header, claims.build());
        try {
            proof.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a DPoP proof", e);
        }
        return proof.serialize();
    }

    Optional<String> nonce(URI org, Side side) {
        return Optional.ofNullable(nonces.get(new NonceKey(org, side)));
    }

    /**
     * Keeps the nonce of an answer's {@code DPoP-Nonce} header for the next proofs to this org and side, and says
     * whether the answer refused the request for want of it: the token endpoint's {@code 400 use_dpop_nonce}, the
     * API's {@code 401} with {@code WWW-Authenticate: DPoP error="use_dpop_nonce"}. Such a request is worth sending
     * once more, with the nonce.
     */
    boolean askedForNonce(URI org, Side side, OktaAnswer answer) {
        Optional<String> nonce = answer.header("DPoP-Nonce").map(String::strip)
                .filter(value -> !value.isEmpty() && value.length() <= MAX_NONCE_CHARS);
        nonce.ifPresent(value -> nonces.put(new NonceKey(org, side), value));
        boolean asked = switch (side) {
            case TOKEN -> answer.status() == 400 && OktaError.parse(answer.body()).map(OktaError::errorCode)
                    .filter("use_dpop_nonce"::equals).isPresent();
            case API -> answer.status() == 401 && answer.header("WWW-Authenticate")
                    .filter(value -> value.contains("use_dpop_nonce")).isPresent();
        };
        return asked && nonce.isPresent();
    }

    /** The public half of the key, as Okta sees it in every proof. */
    ECKey publicKey() {
        return key.toPublicJWK();
    }

    /** The {@code ath} claim: base64url of the SHA-256 of the token's ASCII. */
    static String hash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** {@code htu}: the URL without its query and fragment. */
    static String withoutQuery(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
