package dev.luccaokta.oktasandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.luccaokta.oktasandbox.errors.OAuthException;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {
    private static final URI TOKEN_URL = URI.create("http://127.0.0.1:1/okta-sandbox/oauth2/v1/token");
    private static final URI API_URL = URI.create("http://127.0.0.1:1/okta-sandbox/api/v1/identity-sources/0oa1/sessions");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Credentials credentials = new Credentials(clock);
    private final DpopProofs proofs = new DpopProofs(clock, new ReplayGuard(clock));
    private final TokenIssuer issuer = new TokenIssuer(credentials, new ClientAssertions(clock), new ReplayGuard(clock),
            proofs, new DpopNonces(clock), () -> Duration.ofHours(1));
    private final ApiAuthenticator authenticator = new ApiAuthenticator(credentials, proofs);
    private final RSAKey clientKey;
    private final ECKey dpopKey;

    TokenIssuerTest() throws Exception {
        clientKey = new RSAKeyGenerator(2048).generate();
        dpopKey = new ECKeyGenerator(Curve.P_256).generate();
        credentials.putApp(new ServiceApp("0oaApp", clientKey.toPublicJWK(), Scopes.ALL, true));
    }

    @Test
    void aDpopTokenNeedsTheNonceThenWorksOnlyWithAProofFromItsKey() throws Exception {
        String assertion = assertion(TOKEN_URL.toString(), NOW.plusSeconds(300));
        OAuthException first = catchOAuth(() -> issuer.issue(form(assertion), proof(dpopKey, "POST", TOKEN_URL, null, null), TOKEN_URL));
        assertThat(first.error()).isEqualTo("use_dpop_nonce");
        String nonce = first.headers().get("DPoP-Nonce");

        TokenIssuer.Grant grant = issuer.issue(form(assertion), proof(dpopKey, "POST", TOKEN_URL, nonce, null), TOKEN_URL);

        assertThat(grant.tokenType()).isEqualTo("DPoP");
        assertThat(grant.expiresIn()).isEqualTo(3600);
        Caller caller = authenticator.authenticate("DPoP " + grant.accessToken(),
                proof(dpopKey, "GET", API_URL, null, grant.accessToken()), "GET", API_URL);
        assertThat(caller.may(Scopes.MANAGE)).isTrue();
        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + grant.accessToken(), null, "GET", API_URL))
                .isInstanceOf(OktaApiException.class);
        String wrongMethod = proof(dpopKey, "POST", API_URL, null, grant.accessToken());
        assertThatThrownBy(() -> authenticator.authenticate("DPoP " + grant.accessToken(), wrongMethod, "GET", API_URL))
                .isInstanceOf(OktaApiException.class);
        String wrongToken = proof(dpopKey, "GET", API_URL, null, "another-token");
        assertThatThrownBy(() -> authenticator.authenticate("DPoP " + grant.accessToken(), wrongToken, "GET", API_URL))
                .isInstanceOf(OktaApiException.class);
    }

    @Test
    void anAppThatRequiresDpopIsRefusedWithoutAProof() throws Exception {
        OAuthException refused = catchOAuth(() -> issuer.issue(form(assertion(TOKEN_URL.toString(), NOW.plusSeconds(60))), null, TOKEN_URL));
        assertThat(refused.error()).isEqualTo("invalid_dpop_proof");
    }

    @Test
    void assertionsMustNameTheTokenEndpointAndExpireWithinAnHour() throws Exception {
        String proof = proof(dpopKey, "POST", TOKEN_URL, null, null);
        assertThat(catchOAuth(() -> issuer.issue(form(assertion("https://elsewhere/token", NOW.plusSeconds(60))), proof, TOKEN_URL))
                .error()).isEqualTo("invalid_client");
        assertThat(catchOAuth(() -> issuer.issue(form(assertion(TOKEN_URL.toString(), NOW.plusSeconds(7200))), proof, TOKEN_URL))
                .getMessage()).contains("within an hour");
        assertThat(catchOAuth(() -> issuer.issue(form(assertion(TOKEN_URL.toString(), NOW.minusSeconds(1))), proof, TOKEN_URL))
                .getMessage()).contains("expired");
    }

    @Test
    void proofsOlderThanAMinuteOrForAnotherUrlAreRefused() throws Exception {
        String old = sign(dpopKey, new JWTClaimsSet.Builder().claim("htm", "POST").claim("htu", TOKEN_URL.toString())
                .issueTime(Date.from(NOW.minusSeconds(120))).jwtID(UUID.randomUUID().toString()).build());
        assertThatThrownBy(() -> proofs.verify(old, "POST", TOKEN_URL, null)).hasMessageContaining("iat");
        assertThatThrownBy(() -> proofs.verify(proof(dpopKey, "POST", API_URL, null, null), "POST", TOKEN_URL, null))
                .hasMessageContaining("htu");
    }

    @Test
    void scopesMustHaveBeenGranted() throws Exception {
        credentials.putApp(new ServiceApp("0oaApp", clientKey.toPublicJWK(), Set.of(Scopes.READ), false));
        Map<String, String> form = form(assertion(TOKEN_URL.toString(), NOW.plusSeconds(60)));
        form.put("scope", Scopes.MANAGE);
        assertThat(catchOAuth(() -> issuer.issue(form, null, TOKEN_URL)).error()).isEqualTo("invalid_scope");
    }

    private Map<String, String> form(String assertion) {
        Map<String, String> form = new HashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", Scopes.READ + " " + Scopes.MANAGE);
        form.put("client_assertion_type", TokenIssuer.JWT_BEARER);
        form.put("client_assertion", assertion);
        return form;
    }

    private String assertion(String audience, Instant expiry) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().issuer("0oaApp")
                .subject("0oaApp").audience(audience).expirationTime(Date.from(expiry)).jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new RSASSASigner(clientKey));
        return jwt.serialize();
    }

    private String proof(ECKey key, String method, URI url, String nonce, String accessToken) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("htm", method).claim("htu", url.toString())
                .issueTime(Date.from(NOW)).jwtID(UUID.randomUUID().toString());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (accessToken != null) {
            claims.claim("ath", DpopProofs.tokenHash(accessToken));
        }
        return sign(key, claims.build());
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    /** A token request that may throw what building its JWTs throws. */
    private interface Request {
        void send() throws Exception;
    }

    private static OAuthException catchOAuth(Request request) throws Exception {
        try {
            request.send();
        } catch (OAuthException e) {
            return e;
        }
        throw new AssertionError("The request was not refused");
    }
}
