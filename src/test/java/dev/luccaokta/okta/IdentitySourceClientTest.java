package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.luccaokta.net.DestinationRules;
import dev.luccaokta.okta.OktaFailure.Kind;
import dev.luccaokta.testing.MovableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's HTTP behaviour against a local server that plays Okta's answers: the DPoP nonce exchanges, the token
 * cache, the renewal of a refused token, the shapes Okta answers in, the size cap, and what reaches the wire.
 */
class IdentitySourceClientTest {

    private static final String TOKEN_PATH = "/oauth2/v1/token";
    private static final String SESSIONS = "/api/v1/identity-sources/0oaSource1/sessions";
    private static final String SESSION = "{\"id\":\"aps1\",\"identitySourceId\":\"0oaSource1\",\"status\":\"%s\","
            + "\"importType\":\"INCREMENTAL\",\"created\":\"2026-03-10T09:00:00.000Z\",\"lastUpdated\":\"2026-03-10T09:00:00.000Z\"}";
    private static final RSAKey APP_KEY = appKey();

    /** A request as Okta received it. */
    record Received(String method, String rawPath, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        }

        JWTClaimsSet proof() throws ParseException {
            return SignedJWT.parse(header("Dpop")).getJWTClaimsSet();
        }

        Map<String, String> form() {
            return java.util.Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        }
    }

    /** Okta sends half an answer and then nothing, until the test ends. */
    static final class Stall extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** An answer of Okta's. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer of(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final MovableClock clock = new MovableClock();
    private final Dpop dpop = new Dpop();
    private final IdentitySourceSessions sessions;
    private final IdentitySourceEntities entities;
    private final URI org;
    private Function<Received, Answer> tokenEndpoint = request -> Answer.of(200, token("at-1", "DPoP"));
    private Function<Received, Answer> api = request -> Answer.of(201, SESSION.formatted("CREATED"));

    IdentitySourceClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        org = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        OktaUrlPolicy urls = new OktaUrlPolicy(new DestinationRules("okta.allowedHostSuffixes", List.of("127.0.0.1"),
                true, true, DestinationRules.SYSTEM_RESOLVER));
        OktaHttp http = new OktaHttp(urls, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build(), Duration.ofSeconds(1), 4096);
        OktaCalls calls = new OktaCalls(http, dpop, clock);
        sessions = new IdentitySourceSessions(calls);
        entities = new IdentitySourceEntities(calls);
    }

    @AfterEach
    void stop() {
        ended.countDown();
        server.stop(0);
    }

    private void awaitEnd() {
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theTokenEndpointsNonceIsTakenAndTheRequestSentOnceMoreWithANewAssertion() throws Exception {
        tokenEndpoint = request -> request.header("Dpop") != null && nonce(request) == null
                ? new Answer(400, "{\"error\":\"use_dpop_nonce\",\"error_description\":\"Authorization server requires "
                + "nonce in DPoP proof.\"}", Map.of("DPoP-Nonce", "token-nonce-1"))
                : Answer.of(200, token("at-1", "DPoP"));

        IdentitySourceSession session = sessions.create(app());

        assertThat(session.id()).isEqualTo("aps1");
        assertThat(session.status()).isEqualTo(IdentitySourceSession.Status.CREATED);
        List<Received> tokenRequests = requestsTo(TOKEN_PATH);
        assertThat(tokenRequests).hasSize(2);
        Map<String, String> first = tokenRequests.get(0).form();
        Map<String, String> second = tokenRequests.get(1).form();
        assertThat(second).containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "okta.identitySources.manage okta.identitySources.read")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(jti(second.get("client_assertion"))).isNotEqualTo(jti(first.get("client_assertion")));
        JWTClaimsSet proof = tokenRequests.get(1).proof();
        assertThat(proof.getStringClaim("nonce")).isEqualTo("token-nonce-1");
        assertThat(proof.getStringClaim("htm")).isEqualTo("POST");
        assertThat(proof.getStringClaim("htu")).isEqualTo(org + TOKEN_PATH);
        assertThat(proof.getClaims()).doesNotContainKey("ath");
    }

    @Test
    void anApiCallCarriesTheDpopTokenAndAProofWithItsHashAndTheNonceTheApiAskedFor() throws Exception {
        api = request -> nonce(request) == null
                ? new Answer(401, "", Map.of("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\", error_description="
                + "\"Resource server requires nonce in DPoP proof\"", "DPoP-Nonce", "api-nonce-1"))
                : Answer.of(200, "{\"memberExternalIds\":[]}");

        entities.addMember(app(), "GRP-RD", "LUCCA-4711");

        List<Received> calls = requestsTo("/api/");
        assertThat(calls).hasSize(2);
        Received retried = calls.get(1);
        assertThat(retried.header("Authorization")).isEqualTo("DPoP at-1");
        assertThat(retried.rawPath()).isEqualTo("/api/v1/identity-sources/0oaSource1/groups/GRP-RD/membership");
        assertThat(retried.body()).isEqualTo("{\"memberExternalId\":\"LUCCA-4711\"}");
        SignedJWT proof = SignedJWT.parse(retried.header("Dpop"));
        assertThat(proof.verify(new ECDSAVerifier(dpop.publicKey()))).isTrue();
        assertThat(proof.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("api-nonce-1");
        assertThat(proof.getJWTClaimsSet().getStringClaim("ath")).isEqualTo(Dpop.hash("at-1"));
        assertThat(proof.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("POST");
        assertThat(requestsTo(TOKEN_PATH)).as("the same token, sent again").hasSize(1);
    }

    @Test
    void theApisNonceIsAskedForOnceOnly() {
        api = request -> new Answer(401, "", Map.of("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\"",
                "DPoP-Nonce", "always-another"));

        assertThatThrownBy(() -> sessions.create(app())).isInstanceOfSatisfying(OktaRefusedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REFUSED));
        // Without a nonce, with the nonce, then once more with a renewed token (Okta said 401 again): no more.
        assertThat(requestsTo("/api/")).hasSize(3);
        assertThat(requestsTo(TOKEN_PATH)).hasSize(2);
    }

    @Test
    void aTokenIsKeptUntilAMinuteBeforeItExpires() {
        sessions.create(app());
        clock.advance(Duration.ofMinutes(58));
        sessions.create(app());
        assertThat(requestsTo(TOKEN_PATH)).hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        sessions.create(app());

        assertThat(requestsTo(TOKEN_PATH)).hasSize(2);
    }

    @Test
    void aTokenOktaRefusesIsRenewedOnceAndASecondRefusalIsOktasAnswer() {
        tokenEndpoint = request -> Answer.of(200, token("at-" + requestsTo(TOKEN_PATH).size(), "DPoP"));
        api = request -> "DPoP at-2".equals(request.header("Authorization"))
                ? Answer.of(201, SESSION.formatted("CREATED"))
                : Answer.of(401, "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\"}");

        assertThat(sessions.create(app()).id()).isEqualTo("aps1");
        assertThat(requestsTo(TOKEN_PATH)).hasSize(2);

        api = request -> Answer.of(401, "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\"}");
        assertThatThrownBy(() -> sessions.create(app())).isInstanceOfSatisfying(OktaRefusedException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REFUSED);
            assertThat(e.error().orElseThrow().errorCode()).isEqualTo("E0000011");
        });
    }

    @Test
    void aBearerTokenIsSentWithoutProofsAndAnApiTokenAsSsws() {
        tokenEndpoint = request -> Answer.of(200, token("plain-1", "Bearer"));

        sessions.create(app());
        sessions.create(new OktaSource(org, "0oaSource1", new OktaCredentials.ApiToken("00ApiToken")));

        List<Received> calls = requestsTo("/api/");
        assertThat(calls.get(0).header("Authorization")).isEqualTo("Bearer plain-1");
        assertThat(calls.get(0).header("Dpop")).isNull();
        assertThat(calls.get(1).header("Authorization")).isEqualTo("SSWS 00ApiToken");
        assertThat(calls.get(1).header("Dpop")).isNull();
    }

    @Test
    void refusedCredentialsAtTheTokenEndpointKeepOktasErrorAndNothingOfTheRequest() {
        tokenEndpoint = request -> Answer.of(401, "{\"error\":\"invalid_client\",\"error_description\":"
                + "\"The client_assertion signature is invalid.\"}");

        assertThatThrownBy(() -> sessions.create(app())).isInstanceOfSatisfying(OktaRefusedException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REFUSED);
            assertThat(e.getMessage()).contains("invalid_client").doesNotContain(APP_KEY.getPrivateExponent().toString());
        });
        assertThat(requestsTo("/api/")).isEmpty();
    }

    @Test
    void createAnswering200OrAnArrayAndStartImportAnsweringAnArrayAreRead() {
        api = request -> Answer.of(200, SESSION.formatted("CREATED"));
        assertThat(sessions.create(ssws()).status()).isEqualTo(IdentitySourceSession.Status.CREATED);

        api = request -> Answer.of(200, "[" + SESSION.formatted("TRIGGERED") + "]");
        IdentitySourceSession triggered = sessions.startImport(ssws(), "aps1");
        assertThat(triggered.status()).isEqualTo(IdentitySourceSession.Status.TRIGGERED);
        assertThat(triggered.status().active()).isTrue();
        assertThat(requestsTo("/api/").get(1).rawPath()).isEqualTo(SESSIONS + "/aps1/start-import");

        api = request -> Answer.of(200, "[" + SESSION.formatted("COMPLETED") + ",{\"id\":\"aps2\",\"status\":\"NEW\"},"
                + "{\"status\":\"CREATED\"}, 42]");
        assertThat(sessions.list(ssws())).extracting(IdentitySourceSession::status)
                .containsExactly(IdentitySourceSession.Status.COMPLETED, IdentitySourceSession.Status.UNKNOWN);
    }

    @Test
    void aSuccessWithoutASessionIsAnAnswerThatMayHaveApplied() {
        api = request -> Answer.of(201, "<html>ok</html>");

        assertThatThrownBy(() -> sessions.create(ssws())).isInstanceOfSatisfying(OktaUnusableAnswerException.class,
                e -> assertThat(e.mayHaveApplied()).isTrue());
    }

    @Test
    void anAnswerOverTheCapIsRefused() {
        api = request -> Answer.of(200, "[" + String.join(",", Collections.nCopies(40, SESSION.formatted("CLOSED"))) + "]");

        assertThatThrownBy(() -> sessions.list(ssws())).isInstanceOfSatisfying(OktaUnusableAnswerException.class,
                e -> assertThat(e.getMessage()).contains("longer than 4096 bytes"));
    }

    @Test
    void aBulkUpsertSendsOktasBodyAndOverTheLimitsNothingLeaves() {
        api = request -> Answer.of(202, "");
        OktaProfile jane = new OktaProfile("LUCCA-4711", Map.of("userName", "jane.doe@acme.fr", "email", "jane.doe@acme.fr"));

        sessions.upload(ssws(), "aps1", new BulkRequest.UpsertUsers(List.of(jane)));
        sessions.deleteUsers(ssws(), "aps1", List.of("LUCCA-4712"));

        List<Received> calls = requestsTo("/api/");
        assertThat(calls.get(0).rawPath()).isEqualTo(SESSIONS + "/aps1/bulk-upsert");
        assertThat(calls.get(0).header("Content-type")).isEqualTo("application/json");
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(calls.get(0).body())).readObject())
                .isEqualTo(jakarta.json.Json.createReader(new java.io.StringReader("{\"entityType\":\"USERS\",\"profiles\":"
                        + "[{\"externalId\":\"LUCCA-4711\",\"profile\":{\"userName\":\"jane.doe@acme.fr\","
                        + "\"email\":\"jane.doe@acme.fr\"}}]}")).readObject());
        assertThat(calls.get(1).body()).isEqualTo("{\"entityType\":\"USERS\",\"profiles\":[{\"externalId\":\"LUCCA-4712\"}]}");

        List<String> tooMany = IntStream.range(0, 201).mapToObj(i -> "LUCCA-" + i).toList();
        assertThatThrownBy(() -> sessions.deleteUsers(ssws(), "aps1", tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.deleteUsers(ssws(), "aps1", List.of("LUCCA-1", "LUCCA-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.get(ssws(), "../users")).isInstanceOf(IllegalArgumentException.class);
        assertThat(requestsTo("/api/")).hasSize(2);
    }

    @Test
    void aSessionInTheWrongStateAndTheFiveMinuteRuleAreToldApart() {
        api = request -> Answer.of(400, "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed\","
                + "\"errorCauses\":[{\"errorSummary\":\"Session=aps1 should be in IN_PROGRESS status in order to be processed\"}]}");
        assertThatThrownBy(() -> sessions.startImport(ssws(), "aps1"))
                .isInstanceOfSatisfying(OktaRefusedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SESSION_STATE));

        api = request -> Answer.of(400, "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Only one active import session "
                + "per identity source is allowed to be created every 5 minutes\"}");
        assertThatThrownBy(() -> sessions.create(ssws())).isInstanceOfSatisfying(OktaRefusedException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.SESSION_WINDOW);
            assertThat(e.retryAfter()).contains(Duration.ofMinutes(5));
        });
    }

    @Test
    void anUnknownUserIsAnAnswerButAMissingPathIsAMissingFeature() {
        api = request -> Answer.of(404, "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found\"}");
        OktaProfile jane = new OktaProfile("LUCCA 47/11", Map.of("userName", "jane", "email", "jane@acme.fr"));

        assertThat(entities.user(ssws(), "LUCCA 47/11")).isEmpty();
        assertThat(entities.deleteUser(ssws(), "LUCCA 47/11")).isFalse();
        assertThatThrownBy(() -> entities.updateUser(ssws(), jane))
                .isInstanceOfSatisfying(OktaRefusedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        assertThatThrownBy(() -> entities.createUser(ssws(), jane)).isInstanceOfSatisfying(OktaRefusedException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.FEATURE_MISSING));

        List<Received> calls = requestsTo("/api/");
        assertThat(calls.get(0).rawPath()).isEqualTo("/api/v1/identity-sources/0oaSource1/users/LUCCA%2047%2F11");
        assertThat(calls.get(2).method()).isEqualTo("PATCH");
        assertThat(calls.get(2).body()).doesNotContain("externalId");
    }

    @Test
    void aUserOktaKnowsIsReadFromItsAnswer() {
        api = request -> Answer.of(200, "{\"id\":\"0uaxr8kpjfWHJpAKK1d7\",\"externalId\":\"LUCCA-4711\","
                + "\"created\":\"2026-04-19T16:52:09.000Z\",\"profile\":{\"userName\":\"jane\",\"mobilePhone\":null,"
                + "\"odd\":3}}");

        OktaUserRecord user = entities.user(ssws(), "LUCCA-4711").orElseThrow();

        assertThat(user.id()).isEqualTo("0uaxr8kpjfWHJpAKK1d7");
        assertThat(user.profile()).containsEntry("userName", "jane").containsEntry("mobilePhone", null)
                .containsEntry("odd", "3");
        assertThat(user.created()).isNotNull();
    }

    @Test
    void aRateLimitAndARedirectAreFailuresOfTheirOwn() {
        long reset = clock.instant().getEpochSecond() + 30;
        api = request -> new Answer(429, "{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit\"}",
                Map.of("X-Rate-Limit-Reset", Long.toString(reset)));
        assertThatThrownBy(() -> entities.group(ssws(), "GRP-RD")).isInstanceOfSatisfying(OktaRateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));

        api = request -> new Answer(302, "", Map.of("Location", "https://elsewhere.example/"));
        assertThatThrownBy(() -> entities.group(ssws(), "GRP-RD")).isInstanceOf(OktaUnusableAnswerException.class);
        assertThat(received).noneMatch(request -> request.rawPath().contains("elsewhere"));
    }

    @Test
    void anAnswerThatStopsHalfwayIsTransientAfterTheReadTimeout() {
        api = request -> {
            throw new Stall();
        };

        assertThatThrownBy(() -> sessions.create(ssws())).isInstanceOfSatisfying(OktaTransientException.class, e -> {
            assertThat(e.mayHaveApplied()).isTrue();
            assertThat(e.getMessage()).contains("within 1000 ms");
        });
    }

    @Test
    void anOrgThatDoesNotAnswerIsTransientAndAWriteMayHaveApplied() {
        server.stop(0);

        assertThatThrownBy(() -> sessions.create(ssws())).isInstanceOfSatisfying(OktaTransientException.class,
                e -> assertThat(e.mayHaveApplied()).as("refused connection: nothing was sent").isFalse());
    }

    private OktaSource app() {
        return new OktaSource(org, "0oaSource1", new OktaCredentials.ServiceApp("0oaApp1", APP_KEY.toJSONString()));
    }

    private OktaSource ssws() {
        return new OktaSource(org, "0oaSource1", new OktaCredentials.ApiToken("00ApiToken"));
    }

    private List<Received> requestsTo(String prefix) {
        synchronized (received) {
            return received.stream().filter(request -> request.rawPath().startsWith(prefix)).toList();
        }
    }

    private static String nonce(Received request) {
        try {
            return request.header("Dpop") == null ? null : request.proof().getStringClaim("nonce");
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String jti(String jwt) throws ParseException {
        return SignedJWT.parse(jwt).getJWTClaimsSet().getJWTID();
    }

    private static String token(String value, String type) {
        return "{\"access_token\":\"" + value + "\",\"token_type\":\"" + type + "\",\"expires_in\":3600,"
                + "\"scope\":\"okta.identitySources.manage okta.identitySources.read\"}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer;
            try {
                answer = (request.rawPath().equals(TOKEN_PATH) ? tokenEndpoint : api).apply(request);
            } catch (Stall stall) {
                exchange.sendResponseHeaders(200, 100);
                exchange.getResponseBody().write("{\"id\":".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                awaitEnd();
                return;
            }
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (!answer.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static RSAKey appKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("app-key-1").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AssertionError(e);
        }
    }
}
