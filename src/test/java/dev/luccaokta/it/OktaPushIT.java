package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The push mode end to end: a tenant reading the Lucca sandbox with its webhook events on is set, through the
 * administration API, to push to Okta's emulator; people are changed in the sandbox, and what the emulator's Okta
 * holds, counts and logged is looked at. Okta down, rate-limited, without per-user endpoints, failing an import or
 * without the Identity Source Apps feature; a reconciliation; a return to SCIM. All over HTTP.
 */
@SharedServerTest
class OktaPushIT {

    private static final String SELECTION = """
            {"properties":["jobTitle","department","dtContractStart","dtContractEnd"],"groupTypes":[]}""";
    private static final String WITH_DEPARTMENTS = """
            {"properties":["jobTitle","department","dtContractStart","dtContractEnd"],"groupTypes":["LUCCA_DEPT"]}""";
    private static final String SOURCE_PATH = "/api/v1/identity-sources/" + OktaSandbox.SOURCE;
    private static final String SERVICE_APP = "0oaPushServiceApp";
    private static final Duration SETUP = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);

    private record Tenant(String id, String token) {
        String api(String path) {
            return Admin.tenants() + "/" + id + path;
        }
    }

    private Tenant tenant;
    private String selection = SELECTION;

    @BeforeEach
    void freshLuccaAndOkta() {
        Sandbox.reset();
        OktaSandbox.reset();
        emulatorSettings("{\"processingDelayMillis\":100,\"sessionWindowSeconds\":0}");
    }

    @AfterEach
    void deleteTenant() {
        if (tenant != null) {
            Http.Answer deleted = Http.delete(Admin.tenants() + "/" + tenant.id(), Admin.operator());
            assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        }
        Http.delete(OktaSandbox.url("/emulator/faults"));
    }

    @Test
    void theInitialLoadSendsEveryActivePersonThroughOneImportSession() {
        pushing(null);
        List<JsonObject> everyone = Scim.allUsers(tenant.token());
        List<JsonObject> listed = everyone.stream().filter(user -> user.getBoolean("active")).toList();
        List<String> leavers = everyone.stream().filter(user -> !user.getBoolean("active"))
                .map(user -> user.getString("id")).toList();

        JsonObject session = status().getJsonObject("lastSession");
        assertThat(session.getString("purpose")).isEqualTo("INITIAL_LOAD");
        assertThat(session.getString("status")).isEqualTo("COMPLETED");
        assertThat(session.getInt("usersUpserted")).isEqualTo(listed.size());
        assertThat(sessionsCreated()).hasSize(1);
        assertThat(userWrites(id -> true)).as("no per-user call for the initial load").isEmpty();
        assertThat(upserts().keySet()).containsExactlyInAnyOrderElementsOf(listed.stream().map(user -> user.getString("id")).toList());
        for (JsonObject user : listed) {
            String id = user.getString("id");
            JsonObject okta = oktaUser(id).orElseThrow(() -> new AssertionError("Okta has no user " + id));
            assertThat(okta.getString("externalId")).isEqualTo(id);
            assertThat(okta.getString("status")).as(id).isEqualTo("ACTIVE");
            JsonObject profile = okta.getJsonObject("profile");
            // An attribute Lucca has no value for is sent as null, which clears it in Okta.
            assertThat(profile.values()).as(id).allMatch(value -> value.getValueType() == JsonValue.ValueType.STRING
                    || value.getValueType() == JsonValue.ValueType.NULL);
            assertThat(profile.getString("userName")).isEqualTo(user.getString("userName"));
            assertThat(profile.getString("firstName")).isEqualTo(user.getJsonObject("name").getString("givenName"));
        }
        assertThat(upserts().values()).allMatch(count -> ((JsonNumber) count).intValue() == 1);
        assertThat(leavers).as("the sandbox lists leavers within the grace days").isNotEmpty()
                .allMatch(id -> oktaUser(id).isEmpty());
    }

    @Test
    void someoneWhoLeavesIsDeactivatedInOktaOnTheDayThoughScimListsThemInactiveThroughTheGraceDays() {
        pushing(null);
        String id = activePeople(1).get(0);

        Sandbox.changePerson(Integer.parseInt(id), "{\"endDate\":\"" + LocalDate.now().minusDays(1) + "\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL)
                .until(() -> "DEPROVISIONED".equals(oktaUser(id).orElseThrow().getString("status")));
        assertThat(Scim.get("/Users/" + id, tenant.token()).json().getBoolean("active")).isFalse();
        assertThat(userWrites(id::equals)).singleElement().satisfies(write -> assertThat(write.getString("method"))
                .isEqualTo("DELETE"));

        Sandbox.changePerson(Integer.parseInt(id), "{\"endDate\":null}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL)
                .until(() -> "ACTIVE".equals(oktaUser(id).orElseThrow().getString("status")));
    }

    @Test
    void departmentsBecomeOktaGroupsWhoseMembersFollowAMoveBetweenThem() {
        selection = WITH_DEPARTMENTS;
        pushing(null);
        awaitGroupsSession();
        JsonObject person = Scim.get("/Users/" + activePeople(1).get(0), tenant.token()).json();
        String id = person.getString("id");
        List<JsonObject> groups = scimGroups();
        String from = groups.stream().filter(group -> group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .anyMatch(member -> member.getString("value").equals(id))).findFirst().orElseThrow().getString("id");
        String to = groups.stream().map(group -> group.getString("id")).filter(group -> !group.equals(from)).findFirst()
                .orElseThrow();
        assertOktaGroupsHoldTheirActiveMembers(groups);

        Sandbox.changePerson(Integer.parseInt(id), "{\"departmentId\":" + to.substring("LUCCA_DEPT_".length()) + "}");

        await().atMost(Duration.ofSeconds(60)).pollInterval(POLL).untilAsserted(() -> {
            assertThat(members(to)).contains(id);
            assertThat(members(from)).doesNotContain(id);
        });
        assertThat(requests()).as("a move goes by one call each, no session").filteredOn(request ->
                request.getString("path").contains("/membership")).extracting(request -> request.getString("method"))
                .contains("POST", "DELETE");
    }

    @Test
    void aChangeInLuccaReachesOktasUserWithinSecondsThroughThePerUserEndpoint() {
        pushing(null);
        String id = activePeople(1).get(0);
        long deliveriesBefore = deliveries();
        Instant changedAt = Instant.now();

        Sandbox.changePerson(Integer.parseInt(id), "{\"jobTitle\":\"Chief Push Officer\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "Chief Push Officer".equals(title(id)));
        assertThat(userWrites(id::equals)).singleElement().satisfies(write -> {
            assertThat(write.getString("method")).isIn("PUT", "POST");
            assertThat(write.getInt("status")).isBetween(200, 299);
            assertThat(Instant.parse(write.getString("time"))).isAfter(changedAt);
        });
        assertThat(sessionsCreated()).as("no new session for one change").hasSize(1);
        await().atMost(Duration.ofSeconds(10)).pollInterval(POLL).untilAsserted(() -> {
            assertThat(waiting()).isZero();
            assertThat(status().getBoolean("perUserEndpoints")).isTrue();
            assertThat(deliveries()).isGreaterThan(deliveriesBefore);
        });
    }

    @Test
    void aServiceAppSignsInWithItsKeyAndDpopAndPushesAChangeWhileTheKeyIsNeverReadBack() {
        RSAKey key = OktaSandbox.rsaKey("push-key-1");
        Http.Answer registered = Http.put(OktaSandbox.url("/emulator/service-apps/" + SERVICE_APP), "{\"publicJwk\":"
                + key.toPublicJWK().toJSONString() + ",\"scopes\":[\"okta.identitySources.manage\","
                + "\"okta.identitySources.read\"],\"requireDpop\":true}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(204);
        tenant = withEvents(null);
        deliver(Json.createObjectBuilder().add("type", "SERVICE_APP").add("clientId", SERVICE_APP)
                .add("privateKeyJwk", key.toJSONString()));
        await().atMost(SETUP).pollInterval(POLL).until(() -> "COMPLETED".equals(lastSessionStatus()) && waiting() == 0);
        String id = activePeople(1).get(0);

        Sandbox.changePerson(Integer.parseInt(id), "{\"jobTitle\":\"Signed in with a key\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "Signed in with a key".equals(title(id)));
        List<Integer> tokenAnswers = requests().stream().filter(request -> request.getString("path")
                .equals("/oauth2/v1/token")).map(request -> request.getInt("status")).toList();
        assertThat(tokenAnswers).as("Okta asks for a DPoP nonce, then gives the one token all calls use")
                .containsExactly(400, 200);
        assertThat(requests()).filteredOn(request -> request.getString("path").startsWith(SOURCE_PATH))
                .allSatisfy(request -> assertThat(request.getInt("status")).isBetween(200, 299));
        Http.Answer read = Http.get(tenant.api("/delivery"), Admin.operator());
        assertThat(read.json().getJsonObject("credentials").getString("clientId")).isEqualTo(SERVICE_APP);
        assertThat(read.body()).doesNotContain(key.getPrivateExponent().toString(), key.getFirstPrimeFactor().toString());
    }

    @Test
    void someoneWhoLeftLongerAgoThanTheGraceDaysIsDeletedInOkta() {
        pushing("{\"leaversGraceDays\":0,\"snapshotTtlSeconds\":3600,\"userNameSource\":\"MAIL\"}");
        String id = activePeople(1).get(0);
        assertThat(oktaUser(id).orElseThrow().getString("status")).isEqualTo("ACTIVE");

        Sandbox.changePerson(Integer.parseInt(id), "{\"endDate\":\"" + LocalDate.now().minusDays(2) + "\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL)
                .until(() -> "DEPROVISIONED".equals(oktaUser(id).orElseThrow().getString("status")));
        assertThat(Scim.get("/Users/" + id, tenant.token()).status()).as("no longer listed").isEqualTo(404);
        assertThat(userWrites(id::equals)).singleElement().satisfies(write -> {
            assertThat(write.getString("method")).isEqualTo("DELETE");
            assertThat(write.getInt("status")).isBetween(200, 299);
        });
        assertThat(counters().getJsonObject("deactivations").getInt(id)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).pollInterval(POLL).until(() -> waiting() == 0);
    }

    @Test
    void whileOktaAnswers503TheChangesWaitAndOnceItIsBackEachArrivesExactlyOnce() {
        pushing(null);
        List<String> ids = activePeople(10);
        fault("{\"status\":503}");

        retitle(ids, "Changed while Okta was down ");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> waiting() == ids.size()
                && requests().stream().anyMatch(request -> request.getInt("status") == 503));
        assertThat(ids).allSatisfy(id -> assertThat(upserts().getInt(id)).as("nothing reached Okta yet").isEqualTo(1));

        assertThat(Http.delete(OktaSandbox.url("/emulator/faults")).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).pollInterval(POLL).until(() -> retitled(ids, "Changed while Okta was down "));
        await().atMost(Duration.ofSeconds(10)).pollInterval(POLL).until(() -> waiting() == 0);
        JsonObject upserts = upserts();
        assertThat(ids).allSatisfy(id -> assertThat(upserts.getInt(id)).as("upserted once after the fault").isEqualTo(2));
        assertThat(upserts.values().stream().mapToInt(count -> ((JsonNumber) count).intValue()).sum())
                .as("no one else sent again").isEqualTo(upserts.size() + ids.size());
    }

    @Test
    void aRateLimitedChangeWaitsForOktasResetThenArrives() {
        pushing(null);
        List<String> ids = activePeople(3);
        fault("{\"status\":429,\"resetSeconds\":4,\"count\":1}");

        retitle(ids, "After the reset ");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> retitled(ids, "After the reset "));
        Instant limited = requests().stream().filter(request -> request.getInt("status") == 429)
                .map(request -> Instant.parse(request.getString("time"))).findFirst()
                .orElseThrow(() -> new AssertionError("Okta never answered 429"));
        for (String id : ids) {
            List<JsonObject> writes = userWrites(id::equals).stream().filter(write -> write.getInt("status") < 300).toList();
            assertThat(writes).as(id).hasSize(1);
            assertThat(Instant.parse(writes.get(0).getString("time"))).as("sent after Okta's reset")
                    .isAfterOrEqualTo(limited.plusMillis(2500));
        }
    }

    @Test
    void aSessionBeingProcessedIsAskedAboutAgainAfterOktasResetThenLessAndLessOftenWhileOktaIsDown() {
        emulatorSettings("{\"processingDelayMillis\":30000,\"sessionWindowSeconds\":0}");
        tenant = withEvents(null);
        deliverTo(OktaSandbox.API_TOKEN);
        await().atMost(SETUP).pollInterval(POLL).until(() -> "TRIGGERED".equals(lastSessionStatus()));

        fault("{\"status\":429,\"resetSeconds\":5,\"count\":1}");
        await().atMost(Duration.ofSeconds(10)).pollInterval(POLL).until(() -> sessionPolls().stream()
                .anyMatch(poll -> poll.getInt("status") == 429));
        fault("{\"status\":503}");
        await().atMost(Duration.ofSeconds(40)).pollInterval(POLL).until(() -> pollsAnswered(503).size() >= 3);
        assertThat(Http.delete(OktaSandbox.url("/emulator/faults")).status()).isEqualTo(204);

        await().atMost(SETUP).pollInterval(POLL).until(() -> "COMPLETED".equals(lastSessionStatus()) && waiting() == 0);
        Instant limited = sessionPolls().stream().filter(poll -> poll.getInt("status") == 429)
                .map(poll -> Instant.parse(poll.getString("time"))).findFirst().orElseThrow();
        Instant next = sessionPolls().stream().map(poll -> Instant.parse(poll.getString("time")))
                .filter(limited::isBefore).findFirst().orElseThrow();
        // Okta's reset is a whole second: 5 s from the 429 is at least 4 s after it.
        assertThat(Duration.between(limited, next)).as("asked again after Okta's reset").isGreaterThanOrEqualTo(
                Duration.ofSeconds(4));
        List<Instant> down = pollsAnswered(503);
        assertThat(Duration.between(down.get(1), down.get(2))).as("the wait doubles while Okta is down, from 4 s")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void withoutPerUserEndpointsChangesGoThroughSessionsOneAtATime() {
        Http.Answer source = Http.put(OktaSandbox.url("/emulator/identity-sources/" + OktaSandbox.SOURCE),
                "{\"individualEntities\":false}");
        assertThat(source.status()).isEqualTo(204);
        emulatorSettings("{\"processingDelayMillis\":4000,\"sessionWindowSeconds\":3}");
        pushing(null);
        List<String> ids = activePeople(2);

        Sandbox.changePerson(Integer.parseInt(ids.get(0)), "{\"jobTitle\":\"Sent in a session\"}");
        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "TRIGGERED".equals(lastSessionStatus())
                && "CHANGES".equals(status().getJsonObject("lastSession").getString("purpose")));
        // The second change comes while the first one's session is being processed: it waits for the next session.
        Sandbox.changePerson(Integer.parseInt(ids.get(1)), "{\"jobTitle\":\"Sent in the next session\"}");
        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "Sent in a session".equals(title(ids.get(0))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "Sent in the next session".equals(title(ids.get(1))));

        assertThat(status().getBoolean("perUserEndpoints")).isFalse();
        assertThat(status().getJsonObject("lastSession").getString("purpose")).isEqualTo("CHANGES");
        assertThat(userWrites(id -> true)).allSatisfy(write -> assertThat(write.getInt("status")).isEqualTo(404));
        List<Instant> created = sessionsCreated();
        assertThat(created).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < created.size(); i++) {
            assertThat(Duration.between(created.get(i - 1), created.get(i))).as("Okta's window between sessions")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
        assertThat(requests()).as("never refused for asking too early").noneMatch(request ->
                request.getString("path").endsWith("/sessions") && request.getInt("status") == 400);
    }

    @Test
    void thePeopleOfASessionThatEndsInErrorAreSentAgainAndArrive() {
        Http.Answer errors = Http.put(OktaSandbox.url("/emulator/import-errors"), "{\"count\":1}");
        assertThat(errors.status()).isEqualTo(204);
        tenant = withEvents(null);
        deliverTo(OktaSandbox.API_TOKEN);

        await().atMost(SETUP).pollInterval(POLL).until(() -> "ERROR".equals(lastSessionStatus()));
        int listed = activePeople(Integer.MAX_VALUE).size();
        assertThat(waiting()).isEqualTo(listed);
        assertThat(upserts()).as("an import in error applies nothing").isEmpty();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "COMPLETED".equals(lastSessionStatus()) && waiting() == 0);
        assertThat(upserts()).hasSize(listed);
        assertThat(sessionsCreated()).hasSize(2);
        assertThat(oktaUser(activePeople(1).get(0)).orElseThrow().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anOrgWithoutIdentitySourceAppsReceivesNothingAndTheCheckSaysWhatToAskOkta() {
        Http.Answer source = Http.put(OktaSandbox.url("/emulator/identity-sources/" + OktaSandbox.SOURCE),
                "{\"identitySourceApps\":false}");
        assertThat(source.status()).isEqualTo(204);
        tenant = withEvents(null);
        deliverTo(OktaSandbox.API_TOKEN);
        int listed = activePeople(Integer.MAX_VALUE).size();

        await().atMost(SETUP).pollInterval(POLL).until(() -> waiting() == listed && !requests().isEmpty());
        Http.Answer checked = Http.post(tenant.api("/delivery/check"), "", Admin.operator());

        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().getString("identitySourceApps")).isEqualTo("missing");
        assertThat(checked.json().getJsonArray("messages").toString()).contains("ask Okta to enable Identity Source Apps");
        assertThat(upserts()).isEmpty();
        assertThat(requests()).allSatisfy(request -> assertThat(request.getInt("status")).isEqualTo(403));
        Http.Answer status = Http.get(tenant.api("/push/status"), Admin.operator());
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().getJsonNumber("waiting").longValue()).as("the outbox keeps them").isEqualTo(listed);
    }

    @Test
    void aReconciliationSendsEveryoneTheirGroupsAndMembershipsAgainToAnOktaThatLostThem() {
        selection = WITH_DEPARTMENTS;
        pushing(null);
        awaitGroupsSession();
        int listed = activePeople(Integer.MAX_VALUE).size();
        OktaSandbox.reset();
        emulatorSettings("{\"processingDelayMillis\":100,\"sessionWindowSeconds\":0}");

        Http.Answer reconciled = Http.post(tenant.api("/push/reconcile"), "", Admin.operator());

        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        await().atMost(SETUP).pollInterval(POLL).until(() -> upserts().size() == listed && waiting() == 0);
        assertThat(oktaUser(activePeople(1).get(0)).orElseThrow().getString("status")).isEqualTo("ACTIVE");
        List<JsonObject> groups = scimGroups();
        await().atMost(SETUP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertOktaGroupsHoldTheirActiveMembers(groups));
        assertThat(sessionsCreated()).as("everyone in one session, the groups in at most one more").hasSizeBetween(1, 2);
    }

    @Test
    void backToScimPullNothingIsPushedAnyMore() {
        pushing(null);
        String id = activePeople(1).get(0);
        String before = title(id);
        Http.Answer back = Http.put(tenant.api("/delivery"), "{\"mode\":\"SCIM_PULL\"}", Admin.operator());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        int requestsBefore = requests().size();

        Sandbox.changePerson(Integer.parseInt(id), "{\"jobTitle\":\"Pulled, not pushed\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(POLL).until(() -> "Pulled, not pushed".equals(
                Scim.get("/Users/" + id, tenant.token()).json().getString("title", null)));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).pollInterval(POLL)
                .until(() -> requests().size() == requestsBefore);
        assertThat(title(id)).isEqualTo(before);
        assertThat(status().getString("mode")).isEqualTo("SCIM_PULL");
    }

    /** A tenant reading the sandbox with events on, set to push with the emulator's API token, its initial load done. */
    private void pushing(String options) {
        tenant = withEvents(options);
        deliverTo(OktaSandbox.API_TOKEN);
        await().atMost(SETUP).pollInterval(POLL).until(() -> "COMPLETED".equals(lastSessionStatus()) && waiting() == 0);
    }

    private Tenant withEvents(String options) {
        var body = Json.createObjectBuilder().add("name", "Pushed").add("technicalAdminEmail", "it@acme.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaApiKey", Sandbox.FUTURE_KEY)
                .add("luccaClientId", Sandbox.ALL_CLIENT).add("luccaClientSecret", Sandbox.ALL_CLIENT + "-secret");
        Http.Answer created = Http.post(Admin.tenants(), body.build().toString(), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        expect(Http.put(tenant.api("/selection"), selection, Admin.operator()));
        if (options != null) {
            expect(Http.put(tenant.api("/options"), options, Admin.operator()));
        }
        JsonObject events = expect(Http.put(tenant.api("/events"), "{\"enabled\":true}", Admin.operator()));
        assertThat(events.getJsonObject("endpoint").getString("status")).as(events.toString()).isEqualTo("active");
        await().atMost(SETUP).pollInterval(POLL).until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        return tenant;
    }

    private void deliverTo(String apiToken) {
        deliver(Json.createObjectBuilder().add("type", "API_TOKEN").add("apiToken", apiToken));
    }

    private void deliver(JsonObjectBuilder credentials) {
        String form = Json.createObjectBuilder().add("mode", "OKTA_PUSH").add("oktaOrgUrl", OktaSandbox.url(""))
                .add("sourceId", OktaSandbox.SOURCE).add("credentials", credentials).build().toString();
        expect(Http.put(tenant.api("/delivery"), form, Admin.operator()));
    }

    private static JsonObject expect(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonObject status() {
        return expect(Http.get(tenant.api("/push/status"), Admin.operator()));
    }

    /** Deliveries counted in the lag of the last 24 hours. */
    private long deliveries() {
        JsonObject status = status();
        return present(status, "lag") ? status.getJsonObject("lag").getJsonNumber("deliveries").longValue() : 0;
    }

    private static boolean present(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name);
    }

    private long waiting() {
        return status().getJsonNumber("waiting").longValue();
    }

    private String lastSessionStatus() {
        JsonObject status = status();
        return present(status, "lastSession") ? status.getJsonObject("lastSession").getString("status") : null;
    }

    private void awaitGroupsSession() {
        await().atMost(SETUP).pollInterval(POLL).until(() -> "GROUPS".equals(status().getJsonObject("lastSession")
                .getString("purpose")) && "COMPLETED".equals(lastSessionStatus()));
    }

    private List<JsonObject> scimGroups() {
        return Scim.get("/Groups?count=100", tenant.token()).json().getJsonArray("Resources").getValuesAs(JsonObject.class);
    }

    /** Each group in Okta has the members SCIM lists for it who are active (leavers are deleted in Okta). */
    private void assertOktaGroupsHoldTheirActiveMembers(List<JsonObject> groups) {
        List<String> active = activePeople(Integer.MAX_VALUE);
        assertThat(groups).isNotEmpty();
        for (JsonObject group : groups) {
            assertThat(members(group.getString("id"))).as(group.getString("id")).containsExactlyInAnyOrderElementsOf(
                    group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                            .map(member -> member.getString("value")).filter(active::contains).toList());
        }
    }

    /** The members of a group in Okta, by external id (the emulator's membership listing, with its API token). */
    private static List<String> members(String group) {
        Http.Answer answer = Http.get(OktaSandbox.url(SOURCE_PATH + "/groups/" + group + "/membership?limit=1000"),
                "Authorization", "SSWS " + OktaSandbox.API_TOKEN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("memberExternalIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    /** The first {@code count} people the tenant lists as active, by Lucca id. */
    private List<String> activePeople(int count) {
        return Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active"))
                .map(user -> user.getString("id")).limit(count).toList();
    }

    /** Gives each person in Lucca the job title {@code prefix} followed by their id. */
    private static void retitle(List<String> ids, String prefix) {
        ids.forEach(id -> Sandbox.changePerson(Integer.parseInt(id), "{\"jobTitle\":\"" + prefix + id + "\"}"));
    }

    /** Whether Okta has each person's job title from {@link #retitle}. */
    private static boolean retitled(List<String> ids, String prefix) {
        return ids.stream().allMatch(id -> (prefix + id).equals(title(id)));
    }

    private static Optional<JsonObject> oktaUser(String externalId) {
        Http.Answer answer = Http.get(OktaSandbox.url("/emulator/users/" + externalId));
        return answer.status() == 404 ? Optional.empty() : Optional.of(answer.json());
    }

    private static String title(String externalId) {
        return oktaUser(externalId).map(user -> user.getJsonObject("profile").getString("title", null)).orElse(null);
    }

    private static JsonObject counters() {
        return Http.get(OktaSandbox.url("/emulator/counters")).json();
    }

    private static JsonObject upserts() {
        return counters().getJsonObject("upserts");
    }

    private static List<JsonObject> requests() {
        return Http.get(OktaSandbox.url("/emulator/requests")).json().getJsonArray("requests").getValuesAs(JsonObject.class);
    }

    /** The calls on one user of the source ({@code /users/{id}}, or a create naming none) whose id matches. */
    private static List<JsonObject> userWrites(Predicate<String> id) {
        return requests().stream().filter(request -> request.getString("path").startsWith(SOURCE_PATH + "/users"))
                .filter(request -> !request.getString("method").equals("GET"))
                .filter(request -> id.test(request.getString("path").substring((SOURCE_PATH + "/users").length())
                        .replaceFirst("^/", "")) || request.getString("path").equals(SOURCE_PATH + "/users"))
                .toList();
    }

    /** When Okta created each session it accepted, in order. */
    private static List<Instant> sessionsCreated() {
        return requests().stream().filter(request -> request.getString("method").equals("POST")
                        && request.getString("path").equals(SOURCE_PATH + "/sessions") && request.getInt("status") < 300)
                .map(request -> Instant.parse(request.getString("time"))).toList();
    }

    /** Okta asked how an import session goes, each call (Fault Tolerance's quick retries included). */
    private static List<JsonObject> sessionPolls() {
        return requests().stream().filter(request -> request.getString("method").equals("GET")
                && request.getString("path").startsWith(SOURCE_PATH + "/sessions/")).toList();
    }

    /**
     * When the connector asked how the session goes and Okta answered {@code status}: the first call of each poll, a
     * poll's quick retries following it within a second and a half.
     */
    private static List<Instant> pollsAnswered(int status) {
        List<Instant> starts = new ArrayList<>();
        Instant last = Instant.MIN;
        for (JsonObject poll : sessionPolls()) {
            Instant at = Instant.parse(poll.getString("time"));
            if (poll.getInt("status") == status && Duration.between(last, at).compareTo(Duration.ofMillis(1500)) > 0) {
                starts.add(at);
            }
            last = at;
        }
        return starts;
    }

    private static void fault(String json) {
        assertThat(Http.put(OktaSandbox.url("/emulator/faults"), json).status()).isEqualTo(204);
    }

    private static void emulatorSettings(String json) {
        Http.Answer set = Http.put(OktaSandbox.url("/emulator/settings"), json);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }
}
