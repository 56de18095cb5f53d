package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lucca's webhook events keep a tenant's view fresh within seconds: the tenant's endpoint on Lucca is made when
 * events are switched on (and deleted when they are switched off or the tenant is deleted), each change made in
 * the sandbox is delivered signed to the connector, stored, and applied by reading the person again by id; forged
 * or stale deliveries are refused; duplicates and disorder apply nothing twice; a suspended endpoint is
 * re-activated and what Lucca could not deliver is taken from its event history. All over HTTP: the sandbox's
 * own calls and switches, the administration API, and SCIM as Okta reads it.
 */
@SharedServerTest
class EventsIT {

    private static final String CLIENT = "sbx-client-all";
    private static final String KEY = "sbx-future-0002";
    private static final String SELECTION = """
            {"properties":["jobTitle","department","dtContractStart","dtContractEnd"],"groupTypes":["LUCCA_DEPT"]}""";
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    private record Tenant(String id, String token) {
        String events() {
            return Admin.tenants() + "/" + id + "/events";
        }
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
        Http.delete(Http.sandboxUrl() + "/sandbox/webhooks/faults");
    }

    @Test
    void switchingEventsOnMakesOneActiveEndpointAndAChangeInLuccaReachesOktaFromOneReadOfThatPerson() {
        Tenant tenant = tenant("Real time");
        int pages = (Sandbox.info().getInt("employees") + 99) / 100;
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");

        JsonObject on = switchEvents(tenant, true);
        // The new endpoint's history starts now: changes made before it are taken by one full read.
        await().atMost(Duration.ofSeconds(60)).until(() -> calls("GET /lucca-api/departments") >= 1
                && calls("GET /lucca-api/employees") >= pages);
        JsonObject again = switchEvents(tenant, true);
        List<JsonObject> endpoints = endpointsOf(tenant);

        assertThat(on.getBoolean("enabled")).isTrue();
        assertThat(on.getBoolean("live")).as(on.toString()).isTrue();
        assertThat(on.getJsonObject("endpoint").getString("status")).isEqualTo("active");
        assertThat(on.toString()).doesNotContain("secret");
        assertThat(endpoints).as("one endpoint per tenant, found again").hasSize(1);
        assertThat(endpoints.get(0).getString("id")).isEqualTo(on.getJsonObject("endpoint").getString("id"))
                .isEqualTo(again.getJsonObject("endpoint").getString("id"));
        assertThat(endpoints.get(0).getString("status")).isEqualTo("active");
        assertThat(endpoints.get(0).containsKey("secret")).isFalse();

        String id = firstUserId(tenant);
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");
        change(id, "{\"jobTitle\":\"Chief Events Officer\"}");

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> "Chief Events Officer".equals(user(tenant, id).getString("title", null)));
        assertThat(calls("GET /lucca-api/employees")).as("one read of the person, not of everyone").isEqualTo(1);
        JsonObject report = report(tenant);
        assertThat(report.getInt("pending")).isZero();
        assertThat(report.getString("lastReceivedAt")).isNotBlank();
        assertThat(report.getString("lastAppliedAt")).isNotBlank();
        assertThat(report.getJsonArray("perDay")).hasSize(14);
        assertThat(report.getJsonArray("perDay").getJsonObject(13).getString("day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(report.getJsonArray("perDay").getJsonObject(13).getInt("events")).isPositive();
    }

    @Test
    void aHireAMoveBetweenDepartmentsAndALeaveReachOktaAndItsGroups() {
        Tenant tenant = withEvents(tenant("Hires and leavers"));
        String department = department(firstUserId(tenant));

        Http.Answer hired = Http.post(Http.sandboxUrl() + "/sandbox/employees", """
                {"firstName":"Ada","lastName":"Lovelace","departmentId":%s,"establishmentId":1,"startDate":"%s"}"""
                .formatted(department, LocalDate.now().minusDays(30)));
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        String id = String.valueOf(hired.json().getInt("id"));
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> Scim.get("/Users/" + id, tenant.token()).status() == 200);
        assertThat(user(tenant, id).getJsonObject("name").getString("familyName")).isEqualTo("Lovelace");
        assertThat(members("LUCCA_DEPT_" + department, tenant)).contains(id);

        String other = department.equals("1") ? "2" : "1";
        change(id, "{\"departmentId\":" + other + "}");
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> members("LUCCA_DEPT_" + other, tenant).contains(id));
        assertThat(members("LUCCA_DEPT_" + department, tenant)).doesNotContain(id);

        change(id, "{\"endDate\":\"" + LocalDate.now().minusDays(1) + "\"}");
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> !user(tenant, id).getBoolean("active"));
    }

    @Test
    void forgedStaleOrUnknownDeliveriesAreRefusedAndNothingIsApplied() {
        Tenant tenant = withEvents(tenant("Hostile deliveries"));
        String receiver = Http.baseUrl() + "/lucca-okta/events/lucca/" + tenant.id();
        String event = Json.createObjectBuilder().add("id", "forged-1").add("topic", "employee.updated")
                .add("occurredAt", "2026-12-06T10:00:00Z").add("data", Json.createObjectBuilder().add("id", "1")).build().toString();

        Http.Answer unsigned = Http.post(receiver, event);
        Http.Answer forged = Http.post(receiver, event, "Lucca-Timestamp", Instant.now().toString().replaceAll("\\.\\d+", ""),
                "Lucca-Signature", "c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ==");
        Http.Answer nobody = Http.post(Http.baseUrl() + "/lucca-okta/events/lucca/0b5e9a52-0000-4000-8000-000000000000", event);
        Http.Answer huge = Http.exchange(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                HttpRequest.newBuilder(URI.create(receiver)).timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers
                        .ofInputStream(() -> new ByteArrayInputStream(new byte[300_000]))).build());
        Http.Answer challenge = Http.get(receiver + "?echo=abc123");
        Http.Answer olderChallenge = Http.get(receiver + "?challenge=xyz789");
        Http.Answer oddChallenge = Http.get(receiver + "?echo=%3Cscript%3E");

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(nobody.status()).isEqualTo(410);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body()).isEqualTo("abc123");
        assertThat(olderChallenge.body()).isEqualTo("xyz789");
        assertThat(oddChallenge.status()).isEqualTo(400);
        for (Http.Answer refusal : List.of(unsigned, forged, nobody, huge, oddChallenge)) {
            assertThat(refusal.body()).doesNotContain("Exception").doesNotContain("at dev.");
        }

        String id = firstUserId(tenant);
        String before = user(tenant, id).getString("title", null);
        faults("{\"badSignature\":true}");
        change(id, "{\"jobTitle\":\"Signed by someone else\"}");
        faults("{\"badSignature\":false,\"staleTimestamp\":true}");
        change(id, "{\"jobTitle\":\"Replayed later\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> failedEvents() >= 2);

        assertThat(user(tenant, id).getString("title", null)).isEqualTo(before);
        assertThat(report(tenant).getInt("pending")).isZero();
        assertThat(Scim.get("/Users?count=1", tenant.token()).status()).as("the tenant keeps being served").isEqualTo(200);
    }

    @Test
    void duplicateAndOutOfOrderDeliveriesStoreEachEventOnceAndEndOnLuccasLatestState() {
        Tenant tenant = withEvents(tenant("Unruly deliveries"));
        List<String> ids = Scim.allUsers(tenant.token()).stream().limit(3).map(user -> user.getString("id")).toList();
        int eventsBefore = sandboxEvents();
        int storedBefore = storedToday(tenant);
        faults("{\"duplicate\":true,\"outOfOrder\":true}");

        for (String title : List.of("First", "Second", "Third")) {
            change(ids.get(0), "{\"jobTitle\":\"" + title + "\"}");
        }
        change(ids.get(1), "{\"firstName\":\"Renamed\"}");
        change(ids.get(2), "{\"jobTitle\":\"Other\"}");

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100)).until(() ->
                "Third".equals(user(tenant, ids.get(0)).getString("title", null))
                        && "Renamed".equals(user(tenant, ids.get(1)).getJsonObject("name").getString("givenName"))
                        && "Other".equals(user(tenant, ids.get(2)).getString("title", null)));
        int made = sandboxEvents() - eventsBefore;
        await().atMost(WITHIN_SECONDS).until(() -> report(tenant).getInt("pending") == 0
                && storedToday(tenant) - storedBefore == made);
        assertThat(made).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aSuspendedEndpointIsReactivatedAndWhatLuccaCouldNotDeliverIsCaughtUp() {
        Tenant tenant = withEvents(tenant("Receiver down"));
        List<String> ids = Scim.allUsers(tenant.token()).stream().limit(6).map(user -> user.getString("id")).toList();
        faults("{\"receiverDown\":true}");
        for (String id : ids) {
            change(id, "{\"jobTitle\":\"Changed while down " + id + "\"}");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "suspended".equals(endpointsOf(tenant).get(0).getString("status")));
        Http.delete(Http.sandboxUrl() + "/sandbox/webhooks/faults");

        Http.Answer reactivated = Http.post(tenant.events() + "/reactivation", "", Admin.operator());

        assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        assertThat(reactivated.json().getJsonObject("endpoint").getString("status")).isEqualTo("active");
        assertThat(endpointsOf(tenant)).singleElement().satisfies(endpoint -> assertThat(endpoint.getString("status")).isEqualTo("active"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> ids.stream()
                .allMatch(id -> ("Changed while down " + id).equals(user(tenant, id).getString("title", null))));
    }

    @Test
    void switchingEventsOffOrDeletingTheTenantDeletesItsEndpointOnLucca() {
        Tenant tenant = withEvents(tenant("Off again"));
        assertThat(endpointsOf(tenant)).hasSize(1);

        JsonObject off = switchEvents(tenant, false);
        assertThat(off.getBoolean("enabled")).isFalse();
        assertThat(off.containsKey("endpoint")).isFalse();
        assertThat(endpointsOf(tenant)).isEmpty();
        String receiver = Http.baseUrl() + "/lucca-okta/events/lucca/" + tenant.id();
        assertThat(Http.post(receiver, "{}").status()).as("Lucca stops an endpoint answered 410").isEqualTo(410);

        withEvents(tenant);
        assertThat(endpointsOf(tenant)).hasSize(1);
        assertThat(Http.delete(Admin.tenants() + "/" + tenant.id(), Admin.operator()).status()).isEqualTo(204);
        assertThat(endpointsOf(tenant)).isEmpty();
        Http.Answer refused = Http.put(Admin.tenants() + "/" + tenant.id() + "/events", "{\"enabled\":\"maybe\"}", Admin.operator());
        assertThat(refused.status()).isIn(400, 404);
    }

    private static Tenant tenant(String name) {
        var body = Json.createObjectBuilder().add("name", name).add("technicalAdminEmail", "it@acme.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaApiKey", KEY).add("luccaClientId", CLIENT)
                .add("luccaClientSecret", CLIENT + "-secret");
        Http.Answer created = Http.post(Admin.tenants(), body.build().toString(), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection", SELECTION, Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        return tenant;
    }

    /** Events on, and the full read that follows the endpoint's creation done. */
    private static Tenant withEvents(Tenant tenant) {
        JsonObject on = switchEvents(tenant, true);
        assertThat(on.getJsonObject("endpoint").getString("status")).as(on.toString()).isEqualTo("active");
        await().atMost(Duration.ofSeconds(60)).until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        return tenant;
    }

    private static JsonObject switchEvents(Tenant tenant, boolean on) {
        Http.Answer answer = Http.put(tenant.events(), "{\"enabled\":" + on + "}", Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject report(Tenant tenant) {
        Http.Answer answer = Http.get(tenant.events(), Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static int storedToday(Tenant tenant) {
        return report(tenant).getJsonArray("perDay").getJsonObject(13).getInt("events");
    }

    private static void change(String id, String json) {
        Http.Answer changed = Http.send("PATCH", Http.sandboxUrl() + "/sandbox/employees/" + id, json);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static void faults(String json) {
        Http.Answer set = Http.put(Http.sandboxUrl() + "/sandbox/webhooks/faults", json);
        assertThat(set.status()).as(set.body()).isIn(200, 204);
    }

    private static String webhookToken() {
        Http.Answer answer = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id", CLIENT,
                "client_secret", CLIENT + "-secret", "scope", "webhook-endpoints.readwrite");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getString("access_token");
    }

    /** The tenant's endpoints on the sandbox's Lucca, found by their address. */
    private static List<JsonObject> endpointsOf(Tenant tenant) {
        Http.Answer page = Sandbox.v5("/webhook-endpoints?limit=100", webhookToken());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(endpoint -> endpoint.getString("webhookUrl").endsWith("/events/lucca/" + tenant.id())).toList();
    }

    private static int sandboxEvents() {
        return eventCount("");
    }

    private static int failedEvents() {
        return eventCount("&status=failed");
    }

    private static int eventCount(String filter) {
        Http.Answer page = Sandbox.v5("/events?limit=1&include=totalCount" + filter, webhookToken());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getInt("totalCount");
    }

    private static long calls(String endpoint) {
        JsonObject byEndpoint = Sandbox.requestLog().getJsonObject("byEndpoint");
        return byEndpoint.containsKey(endpoint) ? byEndpoint.getInt(endpoint) : 0;
    }

    private static String firstUserId(Tenant tenant) {
        AtomicReference<String> id = new AtomicReference<>();
        Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active")).findFirst()
                .ifPresent(user -> id.set(user.getString("id")));
        return id.get();
    }

    private static JsonObject user(Tenant tenant, String id) {
        Http.Answer answer = Scim.get("/Users/" + id, tenant.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The person's department id, as Lucca has it. */
    private static String department(String id) {
        return String.valueOf(Sandbox.get("/api/v3/users/" + id + "?fields=department[id]", KEY).json()
                .getJsonObject("data").getJsonObject("department").getInt("id"));
    }

    private static List<String> members(String groupId, Tenant tenant) {
        Http.Answer group = Scim.get("/Groups/" + groupId, tenant.token());
        assertThat(group.status()).as(group.body()).isEqualTo(200);
        JsonObject json = group.json();
        return json.containsKey("members") ? json.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(member -> member.getString("value")).toList() : List.of();
    }
}
