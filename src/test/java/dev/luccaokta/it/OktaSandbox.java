package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Okta's emulator as integration tests use it: its URLs, its well-known source and token, JWTs made for it. */
public final class OktaSandbox {
    public static final String SOURCE = "0oaSandboxSource0001";
    public static final String API_TOKEN = "okta-sandbox-ssws-demo-token";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OktaSandbox() {
    }

    public static String url(String path) {
        return Http.baseUrl() + "/okta-sandbox" + path;
    }

    public static String tokenUrl() {
        return url("/oauth2/v1/token");
    }

    public static String sources(String path) {
        return url("/api/v1/identity-sources/" + SOURCE + path);
    }

    public static String[] ssws() {
        return new String[] {"Authorization", "SSWS " + API_TOKEN};
    }

    public static void reset() {
        Http.Answer reset = Http.post(url("/emulator/reset"), "");
        assertThat(reset.status()).as("resetting Okta's emulator: %s", reset.body()).isEqualTo(204);
    }

    public static RSAKey rsaKey() {
        return rsaKey(null);
    }

    /** A key whose JWK names it {@code kid}, as a service app's key registered in Okta is named. */
    public static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code private_key_jwt} client assertion for the emulator's token endpoint. */
    public static String clientAssertion(String clientId, RSAKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(tokenUrl())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).jwtID(UUID.randomUUID().toString()).build();
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims, key);
    }

    /** A DPoP proof for {@code method url}, with a nonce and an access token when not {@code null}. */
    public static String proof(ECKey key, String method, String url, String nonce, String accessToken) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("htm", method).claim("htu", url)
                .issueTime(new Date()).jwtID(UUID.randomUUID().toString());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (accessToken != null) {
            try {
                claims.claim("ath", Base64URL.encode(MessageDigest.getInstance("SHA-256")
                        .digest(accessToken.getBytes(StandardCharsets.US_ASCII))).toString());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token request with a client assertion and, unless {@code null}, a DPoP proof. */
    public static Http.Answer tokenRequest(String assertion, String scope, String proof) {
        String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&client_assertion=" + assertion;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (proof != null) {
            request.header("DPoP", proof);
        }
        return Http.exchange(CLIENT, request.build());
    }
}
