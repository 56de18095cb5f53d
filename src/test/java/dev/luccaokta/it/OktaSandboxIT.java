package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Okta's emulator behaves as the Identity Sources API contract says where a client depends on it: OAuth with
 * {@code private_key_jwt} and DPoP, API tokens, sessions and their limits, per-entity endpoints, faults and reset.
 */
@SharedServerTest
class OktaSandboxIT {
    private static final String CLIENT = "0oaTestServiceApp001";
    private static final String BOTH = "okta.identitySources.read okta.identitySources.manage";

    @BeforeEach
    void resetEmulator() {
        OktaSandbox.reset();
        assertThat(Http.put(OktaSandbox.url("/emulator/settings"), "{\"processingDelayMillis\":200}").status()).isEqualTo(200);
    }

    @Test
    void dpopClientGetsANonceThenABoundTokenThatNeedsAProofPerRequest() {
        RSAKey clientKey = registerApp(BOTH, true);
        ECKey dpopKey = OktaSandbox.ecKey();

        Http.Answer noProof = OktaSandbox.tokenRequest(OktaSandbox.clientAssertion(CLIENT, clientKey), BOTH, null);
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(noProof.json().getString("error")).isEqualTo("invalid_dpop_proof");

        String assertion = OktaSandbox.clientAssertion(CLIENT, clientKey);
        Http.Answer first = OktaSandbox.tokenRequest(assertion, BOTH,
                OktaSandbox.proof(dpopKey, "POST", OktaSandbox.tokenUrl(), null, null));
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json().getString("error")).isEqualTo("use_dpop_nonce");
        String nonce = first.header("DPoP-Nonce");
        assertThat(nonce).isNotBlank();

        Http.Answer granted = OktaSandbox.tokenRequest(assertion, BOTH,
                OktaSandbox.proof(dpopKey, "POST", OktaSandbox.tokenUrl(), nonce, null));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().getString("token_type")).isEqualTo("DPoP");
        assertThat(granted.json().getInt("expires_in")).isEqualTo(3600);
        String token = granted.json().getString("access_token");

        String sessions = OktaSandbox.sources("/sessions");
        String proof = OktaSandbox.proof(dpopKey, "GET", sessions, null, token);
        assertThat(Http.get(sessions, "Authorization", "DPoP " + token, "DPoP", proof).status()).isEqualTo(200);
        assertThat(Http.get(sessions, "Authorization", "DPoP " + token, "DPoP", proof).status())
                .as("a proof used twice").isEqualTo(401);
        assertThat(Http.get(sessions, "Authorization", "Bearer " + token).status()).as("a bound token as bearer").isEqualTo(401);
        assertThat(Http.get(sessions, "Authorization", "DPoP " + token, "DPoP",
                OktaSandbox.proof(OktaSandbox.ecKey(), "GET", sessions, null, token)).status()).as("another key").isEqualTo(401);
        assertThat(OktaSandbox.tokenRequest(assertion, BOTH, OktaSandbox.proof(dpopKey, "POST", OktaSandbox.tokenUrl(), nonce, null))
                .json().getString("error")).as("an assertion replayed").isEqualTo("invalid_client");
    }

    @Test
    void bearerTokenCarriesOnlyTheGrantedScopes() {
        RSAKey clientKey = registerApp("okta.identitySources.read", false);

        Http.Answer tooMuch = OktaSandbox.tokenRequest(OktaSandbox.clientAssertion(CLIENT, clientKey), BOTH, null);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().getString("error")).isEqualTo("invalid_scope");

        Http.Answer granted = OktaSandbox.tokenRequest(OktaSandbox.clientAssertion(CLIENT, clientKey),
                "okta.identitySources.read", null);
        assertThat(granted.json().getString("token_type")).isEqualTo("Bearer");
        String[] bearer = {"Authorization", "Bearer " + granted.json().getString("access_token")};
        assertThat(Http.get(OktaSandbox.sources("/sessions"), bearer).status()).isEqualTo(200);
        Http.Answer create = Http.post(OktaSandbox.sources("/sessions"), "", bearer);
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().getString("errorCode")).isEqualTo("E0000006");

        Http.Answer wrongKey = OktaSandbox.tokenRequest(OktaSandbox.clientAssertion(CLIENT, OktaSandbox.rsaKey()),
                "okta.identitySources.read", null);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.json().getString("error")).isEqualTo("invalid_client");
    }

    @Test
    void badCredentialsUnknownSourcesAndFeaturesOffAreRefusedInOktasShape() {
        Http.Answer none = Http.get(OktaSandbox.sources("/sessions"));
        Http.Answer unknownToken = Http.get(OktaSandbox.sources("/sessions"), "Authorization", "SSWS nope");
        Http.Answer unknownSource = Http.get(OktaSandbox.url("/api/v1/identity-sources/0oaNoSuchSource00001/sessions"),
                OktaSandbox.ssws());
        assertThat(none.status()).isEqualTo(401);
        assertThat(unknownToken.json().getString("errorCode")).isEqualTo("E0000011");
        assertThat(unknownSource.status()).isEqualTo(404);
        assertThat(unknownSource.json().getString("errorCode")).isEqualTo("E0000007");
        assertThat(unknownSource.json().getString("errorId")).startsWith("oae");

        Http.put(OktaSandbox.url("/emulator/identity-sources/" + OktaSandbox.SOURCE), "{\"individualEntities\":false}");
        assertThat(Http.get(OktaSandbox.sources("/users/x"), OktaSandbox.ssws()).status()).isEqualTo(404);
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).status()).isEqualTo(200);
        Http.put(OktaSandbox.url("/emulator/identity-sources/" + OktaSandbox.SOURCE), "{\"identitySourceApps\":false}");
        Http.Answer off = Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws());
        assertThat(off.status()).isEqualTo(403);
        assertThat(off.json().getString("errorCode")).isEqualTo("E0000006");
    }

    @Test
    void aSessionOf200UsersIsProcessedAndEachUserUpsertedOnce() {
        String session = createSession();
        assertThat(bulk(session, "bulk-upsert", users(0, 200)).status()).isEqualTo(202);
        assertThat(session(session).getString("status")).isEqualTo("IN_PROGRESS");

        Http.Answer started = Http.post(OktaSandbox.sources("/sessions/" + session + "/start-import"), "", OktaSandbox.ssws());
        assertThat(started.json().getString("status")).isEqualTo("TRIGGERED");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> "COMPLETED".equals(session(session).getString("status")));

        JsonObject user = Http.get(OktaSandbox.url("/emulator/users/E-199")).json();
        assertThat(user.getString("id")).startsWith("00u");
        assertThat(user.getString("status")).isEqualTo("ACTIVE");
        assertThat(user.getJsonObject("profile").getString("email")).isEqualTo("e199@acme.example");
        assertThat(Http.get(OktaSandbox.url("/emulator/users/E-200")).status()).isEqualTo(404);
        JsonObject upserts = Http.get(OktaSandbox.url("/emulator/counters")).json().getJsonObject("upserts");
        assertThat(upserts).hasSize(200);
        assertThat(upserts.getInt("E-0")).isEqualTo(1);
    }

    @Test
    void laterSessionsDeactivateGroupAndReactivateUsers() {
        Http.put(OktaSandbox.url("/emulator/settings"), "{\"sessionWindowSeconds\":0}");
        runSession("bulk-upsert", users(0, 3));
        runSession("bulk-delete", "{\"entityType\":\"USERS\",\"profiles\":[{\"externalId\":\"E-1\"},{\"externalId\":\"E-9\"}]}",
                "bulk-groups-upsert", "{\"profiles\":[{\"externalId\":\"GRP-RD\",\"profile\":{\"displayName\":\"R&D\"}}]}",
                "bulk-group-memberships-upsert", "{\"memberships\":[{\"groupExternalId\":\"GRP-RD\",\"memberExternalIds\":[\"E-0\",\"E-2\"]}]}");
        assertThat(Http.get(OktaSandbox.url("/emulator/users/E-1")).json().getString("status")).isEqualTo("DEPROVISIONED");
        assertThat(Http.get(OktaSandbox.sources("/groups/GRP-RD/membership"), OktaSandbox.ssws()).json()
                .getJsonArray("memberExternalIds").toString()).isEqualTo("[\"E-0\",\"E-2\"]");

        runSession("bulk-upsert", users(1, 1), "bulk-group-memberships-delete",
                "{\"memberships\":[{\"groupExternalId\":\"GRP-RD\",\"memberExternalIds\":[\"E-0\"]}]}");
        assertThat(Http.get(OktaSandbox.url("/emulator/users/E-1")).json().getString("status")).isEqualTo("ACTIVE");
        assertThat(Http.get(OktaSandbox.sources("/groups/GRP-RD/membership"), OktaSandbox.ssws()).json()
                .getJsonArray("memberExternalIds").toString()).isEqualTo("[\"E-2\"]");
        assertThat(Http.get(OktaSandbox.url("/emulator/counters")).json().getJsonObject("deactivations").getInt("E-1")).isEqualTo(1);
    }

    @Test
    void oneSessionPerSourceEveryFiveMinutesUnlessCancelled() {
        String first = createSession();
        Http.Answer second = Http.post(OktaSandbox.sources("/sessions"), "", OktaSandbox.ssws());
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().getString("errorCode")).isEqualTo("E0000001");
        assertThat(second.body()).contains("Only one active import session per identity source is allowed to be created every 5 minutes");

        Http.Answer early = Http.post(OktaSandbox.sources("/sessions/" + first + "/start-import"), "", OktaSandbox.ssws());
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("should be in IN_PROGRESS status");

        assertThat(Http.delete(OktaSandbox.sources("/sessions/" + first), OktaSandbox.ssws()).status()).isEqualTo(204);
        assertThat(session(first).getString("status")).isEqualTo("CLOSED");
        assertThat(Http.delete(OktaSandbox.sources("/sessions/" + first), OktaSandbox.ssws()).status()).isEqualTo(400);
        String next = createSession();
        bulk(next, "bulk-upsert", users(0, 1));
        Http.post(OktaSandbox.sources("/sessions/" + next + "/start-import"), "", OktaSandbox.ssws());
        assertThat(Http.post(OktaSandbox.sources("/sessions"), "", OktaSandbox.ssws()).status())
                .as("a triggered session younger than the window").isEqualTo(400);
    }

    @Test
    void bulkRequestsKeepToOktasLimits() {
        String session = createSession();
        assertThat(bulk(session, "bulk-upsert", users(0, 201)).json().getString("errorCode")).isEqualTo("E0000001");
        String padding = "x".repeat(1100);
        String large = "{\"entityType\":\"USERS\",\"profiles\":[" + IntStream.range(0, 190).mapToObj(i ->
                "{\"externalId\":\"L-" + i + "\",\"profile\":{\"note\":\"" + padding + "\"}}").collect(Collectors.joining(",")) + "]}";
        Http.Answer tooLarge = bulk(session, "bulk-upsert", large);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("200 KB");
        for (int request = 0; request < 50; request++) {
            assertThat(bulk(session, "bulk-upsert", users(request, 1)).status()).as("request %d", request + 1).isEqualTo(202);
        }
        Http.Answer over = bulk(session, "bulk-upsert", users(99, 1));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("at most 50");
    }

    @Test
    void profilesTakeStringsOnlyAndBadJsonIsOktasBadRequest() {
        String session = createSession();
        Http.Answer number = bulk(session, "bulk-upsert",
                "{\"entityType\":\"USERS\",\"profiles\":[{\"externalId\":\"N-1\",\"profile\":{\"age\":42}}]}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().getJsonArray("errorCauses").getJsonObject(0).getString("errorSummary")).contains("'age'");
        Http.Answer broken = bulk(session, "bulk-upsert", "{\"profiles\":[");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("errorCode")).isEqualTo("E0000003");
        assertThat(session(session).getString("status")).isEqualTo("CREATED");
    }

    @Test
    void perUserEndpointsReplaceMergeDeactivateAndReactivate() {
        String user = OktaSandbox.sources("/users/U-1");
        Http.Answer created = Http.put(user, "{\"profile\":{\"userName\":\"u1@acme.example\",\"email\":\"u1@acme.example\","
                + "\"firstName\":\"Ada\"}}", OktaSandbox.ssws());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().getString("id")).startsWith("0ua");
        Http.Answer patched = Http.send("PATCH", user, "{\"profile\":{\"userName\":\"u1@acme.example\","
                + "\"email\":\"u1@acme.example\",\"lastName\":\"Lovelace\"}}", OktaSandbox.ssws());
        assertThat(patched.json().getJsonObject("profile").getString("firstName")).isEqualTo("Ada");
        Http.Answer replaced = Http.put(user, "{\"profile\":{\"userName\":\"u1@acme.example\",\"email\":\"u1@acme.example\"}}",
                OktaSandbox.ssws());
        assertThat(replaced.json().getJsonObject("profile").isNull("firstName")).isTrue();
        assertThat(Http.put(user, "{\"profile\":{\"userName\":\"u1@acme.example\"}}", OktaSandbox.ssws()).status())
                .as("no email").isEqualTo(400);

        assertThat(Http.delete(user, OktaSandbox.ssws()).status()).isEqualTo(204);
        assertThat(Http.get(OktaSandbox.url("/emulator/users/U-1")).json().getString("status")).isEqualTo("DEPROVISIONED");
        Http.put(user, "{\"profile\":{\"userName\":\"u1@acme.example\",\"email\":\"u1@acme.example\"}}", OktaSandbox.ssws());
        assertThat(Http.get(OktaSandbox.url("/emulator/users/U-1")).json().getString("status")).isEqualTo("ACTIVE");
        assertThat(Http.delete(OktaSandbox.sources("/users/U-404"), OktaSandbox.ssws()).status()).isEqualTo(404);
    }

    @Test
    void groupsKeepTheirMembers() {
        Http.Answer group = Http.post(OktaSandbox.sources("/groups"),
                "{\"externalId\":\"GRP-RD\",\"profile\":{\"displayName\":\"R&D\"}}", OktaSandbox.ssws());
        assertThat(group.json().getString("id")).startsWith("00g");
        String membership = OktaSandbox.sources("/groups/GRP-RD/membership");
        assertThat(Http.post(membership, "{\"memberExternalId\":\"E-1\"}", OktaSandbox.ssws()).status()).isEqualTo(204);
        Http.post(membership, "{\"memberExternalId\":\"E-2\"}", OktaSandbox.ssws());
        assertThat(Http.delete(membership + "/E-1", OktaSandbox.ssws()).status()).isEqualTo(204);
        assertThat(Http.get(membership, OktaSandbox.ssws()).json().getJsonArray("memberExternalIds").getString(0)).isEqualTo("E-2");
        assertThat(Http.get(OktaSandbox.sources("/groups/" + group.json().getString("id")), OktaSandbox.ssws())
                .json().getString("externalId")).isEqualTo("GRP-RD");
        assertThat(Http.post(OktaSandbox.sources("/groups/GRP-NONE/membership"), "{\"memberExternalId\":\"E-1\"}",
                OktaSandbox.ssws()).status()).isEqualTo(404);
    }

    @Test
    void faultsAnswer429WithResetThen503UntilClearedAndTheLogKeepsNoTokens() {
        Http.put(OktaSandbox.url("/emulator/faults"), "{\"status\":429,\"resetSeconds\":30,\"count\":1}");
        Http.Answer limited = Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().getString("errorCode")).isEqualTo("E0000047");
        assertThat(Long.parseLong(limited.header("X-Rate-Limit-Reset"))).isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(limited.header("X-Rate-Limit-Remaining")).isEqualTo("0");
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).status()).isEqualTo(200);

        Http.put(OktaSandbox.url("/emulator/faults"), "{\"status\":503}");
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).status()).isEqualTo(503);
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).status()).isEqualTo(503);
        assertThat(Http.delete(OktaSandbox.url("/emulator/faults")).status()).isEqualTo(204);
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).status()).isEqualTo(200);

        String log = Http.get(OktaSandbox.url("/emulator/requests")).body();
        assertThat(log).contains("\"status\":429", "\"status\":503").doesNotContain(OktaSandbox.API_TOKEN);
    }

    @Test
    void aHangingFaultOutlastsTheClientsTimeout() {
        Http.put(OktaSandbox.url("/emulator/faults"), "{\"hangMillis\":5000,\"count\":1}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(OktaSandbox.sources("/sessions")))
                .header("Authorization", "SSWS " + OktaSandbox.API_TOKEN).timeout(Duration.ofMillis(500)).GET().build();
        assertThatThrownBy(() -> Http.exchange(HttpClient.newHttpClient(), request))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        Http.delete(OktaSandbox.url("/emulator/faults"));
    }

    @Test
    void hostileBodiesGetOktasBadRequestNeverA500() {
        String session = createSession();
        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (String body : new String[] {"", "null", "[]", "\"text\"", deep, "{\"profiles\":{}}",
                "{\"entityType\":\"GROUPS\",\"profiles\":[{\"externalId\":\"X\",\"profile\":{}}]}",
                "{\"profiles\":[{\"externalId\":" + "1" + ",\"profile\":{}}]}"}) {
            Http.Answer answer = bulk(session, "bulk-upsert", body);
            assertThat(answer.status()).as(body.length() > 80 ? "deep nesting" : body).isEqualTo(400);
            assertThat(answer.json().getString("errorCode")).startsWith("E00000");
        }
        assertThat(Http.post(OktaSandbox.url("/emulator/faults"), "{\"status\":").status()).isEqualTo(405);
        assertThat(Http.put(OktaSandbox.url("/emulator/faults"), "{\"status\":418}").status()).isEqualTo(400);
        assertThat(Http.put(OktaSandbox.url("/emulator/settings"), "{\"createStatus\":\"x\"}").status()).isEqualTo(400);
        assertThat(Http.put(OktaSandbox.url("/emulator/service-apps/x"), "{\"publicJwk\":{\"kty\":\"RSA\"},\"scopes\":[\"a\"]}")
                .status()).isEqualTo(400);
        Http.Answer junkToken = Http.post(OktaSandbox.tokenUrl(), "%%%=&&grant_type=client_credentials");
        assertThat(junkToken.status()).isBetween(400, 401);
        assertThat(junkToken.json().getString("error")).isNotBlank();
        assertThat(OktaSandbox.tokenRequest("not.a.jwt", "okta.identitySources.read", null).json().getString("error"))
                .isEqualTo("invalid_client");
    }

    @Test
    void createAnswers200WhenSetToAndTokensLiveAsLongAsConfigured() {
        Http.put(OktaSandbox.url("/emulator/settings"), "{\"createStatus\":200,\"tokenLifetimeSeconds\":60}");
        assertThat(Http.post(OktaSandbox.sources("/sessions"), "", OktaSandbox.ssws()).status()).isEqualTo(200);
        RSAKey clientKey = registerApp("okta.identitySources.read", false);
        assertThat(OktaSandbox.tokenRequest(OktaSandbox.clientAssertion(CLIENT, clientKey), "okta.identitySources.read", null)
                .json().getInt("expires_in")).isEqualTo(60);
    }

    @Test
    void resetForgetsUsersAndSessions() {
        Http.put(OktaSandbox.sources("/users/R-1"), "{\"profile\":{\"userName\":\"r@acme.example\",\"email\":\"r@acme.example\"}}",
                OktaSandbox.ssws());
        createSession();
        OktaSandbox.reset();
        assertThat(Http.get(OktaSandbox.url("/emulator/users/R-1")).status()).isEqualTo(404);
        assertThat(Http.get(OktaSandbox.sources("/sessions"), OktaSandbox.ssws()).body()).isEqualTo("[]");
    }

    private static RSAKey registerApp(String scopes, boolean requireDpop) {
        RSAKey key = OktaSandbox.rsaKey();
        String scopeList = Arrays.stream(scopes.split(" ")).map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        Http.Answer registered = Http.put(OktaSandbox.url("/emulator/service-apps/" + CLIENT), "{\"publicJwk\":"
                + key.toPublicJWK().toJSONString() + ",\"scopes\":[" + scopeList + "],\"requireDpop\":" + requireDpop + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(204);
        return key;
    }

    private static String createSession() {
        Http.Answer created = Http.post(OktaSandbox.sources("/sessions"), "", OktaSandbox.ssws());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("CREATED");
        return created.json().getString("id");
    }

    /** A session loaded with the bulk requests given as operation and body pairs, run to COMPLETED. */
    private static void runSession(String... operationsAndBodies) {
        String session = createSession();
        for (int i = 0; i < operationsAndBodies.length; i += 2) {
            Http.Answer loaded = bulk(session, operationsAndBodies[i], operationsAndBodies[i + 1]);
            assertThat(loaded.status()).as("%s: %s", operationsAndBodies[i], loaded.body()).isEqualTo(202);
        }
        Http.post(OktaSandbox.sources("/sessions/" + session + "/start-import"), "", OktaSandbox.ssws());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> "COMPLETED".equals(session(session).getString("status")));
    }

    private static JsonObject session(String id) {
        return Http.get(OktaSandbox.sources("/sessions/" + id), OktaSandbox.ssws()).json();
    }

    private static Http.Answer bulk(String session, String operation, String body) {
        return Http.post(OktaSandbox.sources("/sessions/" + session + "/" + operation), body, OktaSandbox.ssws());
    }

    private static String users(int from, int count) {
        return "{\"entityType\":\"USERS\",\"profiles\":[" + IntStream.range(from, from + count).mapToObj(i ->
                "{\"externalId\":\"E-" + i + "\",\"profile\":{\"userName\":\"e" + i + "@acme.example\",\"email\":\"e" + i
                        + "@acme.example\",\"firstName\":\"Emp\"}}").collect(Collectors.joining(",")) + "]}";
    }
}
