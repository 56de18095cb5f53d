package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client assertion and the DPoP proofs, checked as Okta checks them: signature, header and claims. */
class OktaProofsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final URI TOKEN_URL = URI.create("https://acme.okta.com/oauth2/v1/token");

    @Test
    void theClientAssertionIsSignedByTheAppsRsaKeyForTheTokenEndpoint() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        OktaCredentials.ServiceApp app = new OktaCredentials.ServiceApp("0oaApp1", key.toJSONString());

        SignedJWT first = SignedJWT.parse(ClientAssertions.sign(app, TOKEN_URL, NOW));
        SignedJWT second = SignedJWT.parse(ClientAssertions.sign(app, TOKEN_URL, NOW));

        assertThat(first.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
        assertThat(first.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.getHeader().getKeyID()).isEqualTo("key-1");
        var claims = first.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("0oaApp1");
        assertThat(claims.getSubject()).isEqualTo("0oaApp1");
        assertThat(claims.getAudience()).containsExactly(TOKEN_URL.toString());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(Duration.between(NOW, claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(5));
        assertThat(claims.getJWTID()).isNotBlank().isNotEqualTo(second.getJWTClaimsSet().getJWTID());
    }

    @Test
    void anEcKeySignsWithTheAlgorithmOfItsCurve() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        OktaCredentials.ServiceApp app = new OktaCredentials.ServiceApp("0oaApp1", key.toJSONString());

        SignedJWT assertion = SignedJWT.parse(ClientAssertions.sign(app, TOKEN_URL, NOW));

        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES384);
        assertThat(assertion.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
    }

    @Test
    void aDpopProofBindsMethodUrlWithoutQueryTokenAndNonce() throws Exception {
        Dpop dpop = new Dpop();
        URI url = URI.create("https://acme.okta.com/api/v1/identity-sources/0oa1/users/LUCCA%2F1?after=x#frag");

        SignedJWT proof = SignedJWT.parse(dpop.proof("PATCH", url, "n0nce", "access-token-value", NOW));

        assertThat(proof.getHeader().getType()).isEqualTo(new JOSEObjectType("dpop+jwt"));
        assertThat(proof.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWK jwk = proof.getHeader().getJWK();
        assertThat(jwk.isPrivate()).isFalse();
        assertThat(jwk).isEqualTo(dpop.publicKey());
        assertThat(proof.verify(new ECDSAVerifier(jwk.toECKey()))).isTrue();
        var claims = proof.getJWTClaimsSet();
        assertThat(claims.getStringClaim("htm")).isEqualTo("PATCH");
        assertThat(claims.getStringClaim("htu"))
                .isEqualTo("https://acme.okta.com/api/v1/identity-sources/0oa1/users/LUCCA%2F1");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n0nce");
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest("access-token-value".getBytes()));
        assertThat(claims.getStringClaim("ath")).isEqualTo(expected);
    }

    @Test
    void aTokenRequestsProofHasNoAthAndNoNonceUntilOktaGivesOne() throws Exception {
        Dpop dpop = new Dpop();

        var claims = SignedJWT.parse(dpop.proof("POST", TOKEN_URL, null, null, NOW)).getJWTClaimsSet();

        assertThat(claims.getClaims()).doesNotContainKeys("ath", "nonce");
        assertThat(claims.getStringClaim("htu")).isEqualTo(TOKEN_URL.toString());
        assertThat(new Dpop().publicKey()).as("one key per process, not one for all").isNotEqualTo(dpop.publicKey());
    }

    @Test
    void credentialsNeverShowTheirSecretAndRefuseUnusableKeys() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        OktaCredentials.ServiceApp app = new OktaCredentials.ServiceApp("0oaApp1", key.toJSONString());
        OktaCredentials.ApiToken token = new OktaCredentials.ApiToken("00SecretTokenValue");

        assertThat(app.toString()).isEqualTo("ServiceApp[0oaApp1]");
        assertThat(token.toString()).doesNotContain("Secret");
        assertThat(new OktaSource(URI.create("https://acme.okta.com"), "0oa1", token).toString())
                .doesNotContain("Secret");

        String publicOnly = key.toPublicJWK().toJSONString();
        String noKid = new RSAKeyGenerator(2048).generate().toJSONString();
        String tooShort = new RSAKeyGenerator(1024, true).keyID("k").generate().toJSONString();
        String symmetric = new OctetSequenceKeyGenerator(256).keyID("k").generate().toJSONString();
        for (String bad : List.of(publicOnly, noKid, tooShort, symmetric, "{\"kty\":\"RSA\",\"d\":\"" + "s3cr3t\"", "x")) {
            assertThatThrownBy(() -> new OktaCredentials.ServiceApp("0oaApp1", bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cr3t").hasNoCause();
        }
        assertThatThrownBy(() -> new OktaCredentials.ApiToken("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OktaCredentials.ServiceApp("0oa/../x", key.toJSONString()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
