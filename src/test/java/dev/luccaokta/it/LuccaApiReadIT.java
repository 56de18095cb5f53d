package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant with an OAuth client reads its Lucca through Lucca's current API (v5), and Okta sees exactly what it
 * would see from a tenant reading the same Lucca with the API key; setup and selection refuse a client that
 * cannot do what the tenant asks, naming why; an expired token is renewed once. All over HTTP: admin API and SCIM
 * on the connector, the sandbox's token endpoint and both its API generations behind it.
 */
@SharedServerTest
class LuccaApiReadIT {

    /** Every property Lucca's current API carries, the custom fields Okta can receive included. */
    private static final String SELECTION = """
            {"properties":["jobTitle","employeeNumber","directLine",
                "personalMobile","personalEmail","department","legalEntity","manager","dtContractStart",
                "dtContractEnd","birthDate","gender","nationality","e_bloodType","e_badgeIssuedOn",
                "e_commuteDistanceKm","e_hasCompanyCar","e_tShirtSize"],
             "groupTypes":["LUCCA_DEPT","LUCCA_ETS","LUCCA_LU","LUCCA_COUNTRY"]}""";
    private static final String MAIL_USER_NAMES =
            "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":900,\"userNameSource\":\"MAIL\"}";
    private static final String KEY = "sbx-future-0002";
    private static final String ALL_SCOPES = "sbx-client-all";
    private static final String DIRECTORY_SCOPES = "sbx-client-directory";

    /** A tenant set up through the admin API: its id and SCIM token. */
    private record Tenant(String id, String token) {
        String scimBase() {
            return Scim.baseUrl();
        }
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void aTenantReadingLuccasCurrentApiGivesOktaTheSameUsersAndGroupsAsOneReadingWithTheApiKey() {
        Tenant legacy = withSelection(tenant("Legacy reader", null));
        Tenant current = withSelection(tenant("Current API reader", ALL_SCOPES));
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");

        List<JsonObject> currentUsers = byId(Scim.allUsers(current.token()));
        JsonObject currentCalls = Sandbox.requestLog().getJsonObject("byEndpoint");
        List<JsonObject> currentGroups = groups(current);
        List<JsonObject> legacyUsers = byId(Scim.allUsers(legacy.token()));
        List<JsonObject> legacyGroups = groups(legacy);

        int employees = Sandbox.info().getInt("employees");
        assertThat(currentUsers).hasSizeGreaterThan(employees / 2);
        assertThat(currentUsers).containsExactlyElementsOf(legacyUsers);
        assertThat(currentGroups).isNotEmpty().containsExactlyElementsOf(legacyGroups);
        assertThat(currentGroups.stream().map(group -> group.getString("id").replaceAll("_[^_]+$", "")).distinct())
                .containsExactlyInAnyOrder("LUCCA_DEPT", "LUCCA_ETS", "LUCCA_LU", "LUCCA_COUNTRY");
        // Employees in pages of 100, the organisation in a page each, personal records for the selection; no
        // legacy users route, no retired route.
        assertThat(currentCalls.getInt("GET /lucca-api/employees")).isEqualTo((employees + 99) / 100);
        assertThat(currentCalls.getInt("GET /lucca-api/employee-personal-records")).isEqualTo((employees + 99) / 100);
        assertThat(currentCalls.keySet()).allSatisfy(endpoint -> assertThat(endpoint)
                .matches("GET /lucca-api/.*|POST /connect/token"));
    }

    @Test
    void setupRefusesAClientLuccasTokenEndpointRefusesAndCreatesNothing() {
        Http.Answer refused = Http.post(Admin.tenants(), setup("Wrong secret", KEY, ALL_SCOPES, "not-the-secret"),
                Admin.operator());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("refused this OAuth client").contains("secret");
        assertThat(refused.body()).doesNotContain("not-the-secret");
        assertThat(Http.get(Admin.tenants(), Admin.operator()).body()).doesNotContain("Wrong secret");
    }

    @Test
    void aSelectionNeedingAScopeTheClientLacksIsRefusedNamingTheScopeAndWhatItCosts() {
        Tenant tenant = tenant("Directory scopes only", DIRECTORY_SCOPES);

        JsonObject catalogue = Http.get(Admin.tenants() + "/" + tenant.id() + "/catalogue", Admin.operator()).json();
        Http.Answer personal = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection",
                "{\"properties\":[\"personalEmail\"],\"groupTypes\":[]}", Admin.operator());
        Http.Answer fine = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection",
                "{\"properties\":[\"jobTitle\",\"department\"],\"groupTypes\":[\"LUCCA_DEPT\"]}", Admin.operator());

        JsonObject personalEmail = catalogue.getJsonArray("properties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("personalEmail")).findFirst().orElseThrow();
        assertThat(personalEmail.getBoolean("synchronisable")).isFalse();
        assertThat(personalEmail.getString("reason")).contains("employee-personal-records.readonly");
        assertThat(catalogue.getJsonArray("properties").getValuesAs(JsonObject.class))
                .filteredOn(p -> p.getString("code").startsWith("e_"))
                .as("custom fields need employee-attributes.readonly, which this client lacks").isEmpty();
        assertThat(personal.status()).isEqualTo(400);
        assertThat(personal.json().getString("detail")).contains("employee-personal-records.readonly");
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
        assertThat(fine.json().getJsonArray("selectedProperties").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactlyInAnyOrder("jobTitle", "department");
    }

    @Test
    void aLegacyTenantGetsAClientOnlyForWhatTheCurrentApiCarriesAndCanGoBack() {
        Tenant legacy = tenant("Moving to the current API", null);
        String client = "{\"clientId\":\"" + ALL_SCOPES + "\",\"clientSecret\":\"" + ALL_SCOPES + "-secret\"}";
        String base = Admin.tenants() + "/" + legacy.id();
        assertThat(Http.put(base + "/selection", "{\"properties\":[\"culture\",\"jobTitle\"],\"groupTypes\":[]}",
                Admin.operator()).status()).isEqualTo(200);

        Http.Answer withCulture = Http.put(base + "/lucca-client", client, Admin.operator());
        assertThat(Http.put(base + "/selection", "{\"properties\":[\"jobTitle\"],\"groupTypes\":[]}",
                Admin.operator()).status()).isEqualTo(200);
        Http.Answer connected = Http.put(base + "/lucca-client", client, Admin.operator());
        // The first read through the client starts at once; it ends before the next step changes the tenant again.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(legacy).getJsonObject("snapshot").getInt("users") > 0);
        Http.Answer cultureNow = Http.put(base + "/selection", "{\"properties\":[\"culture\"],\"groupTypes\":[]}",
                Admin.operator());
        Http.Answer loginNow = Http.put(base + "/options",
                "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":900,\"userNameSource\":\"LOGIN\"}", Admin.operator());
        Http.Answer disconnected = Http.delete(base + "/lucca-client", Admin.operator());

        assertThat(withCulture.status()).isEqualTo(400);
        assertThat(withCulture.json().getString("detail")).contains("culture");
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().getString("luccaApi")).isEqualTo("v5");
        assertThat(connected.json().getString("luccaClientId")).isEqualTo(ALL_SCOPES);
        assertThat(connected.body()).doesNotContain(ALL_SCOPES + "-secret");
        assertThat(cultureNow.status()).isEqualTo(400);
        assertThat(cultureNow.json().getString("detail")).contains("current API");
        assertThat(loginNow.status()).isEqualTo(400);
        assertThat(loginNow.json().getString("detail")).contains("no login");
        assertThat(disconnected.status()).isEqualTo(200);
        assertThat(disconnected.json().getString("luccaApi")).isEqualTo("v3");
        assertThat(disconnected.json().containsKey("luccaClientId")).isFalse();
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheStatusShowsTheGrantAndTheGeneration() {
        Tenant current = tenant("Token renewal", ALL_SCOPES);
        Tenant legacy = tenant("Still on the API key", null);
        int users = Scim.allUsers(current.token()).size();
        JsonObject lucca = status(current).getJsonObject("lucca");
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");

        Http.delete(Http.sandboxUrl() + "/sandbox/tokens");
        Admin.discardSnapshot(current.id());
        int again = Scim.allUsers(current.token()).size();
        JsonObject log = Sandbox.requestLog();

        assertThat(again).isEqualTo(users).isPositive();
        assertThat(log.getJsonObject("byEndpoint").getInt("POST /connect/token")).isEqualTo(1);
        assertThat(log.getJsonObject("byStatus").getInt("401")).isEqualTo(1);
        assertThat(lucca.getString("generation")).isEqualTo("v5");
        assertThat(lucca.getString("apiVersion")).isEqualTo("2024-11-01");
        assertThat(lucca.getJsonArray("scopesGranted").toString())
                .contains("employees.readonly", "employments.readonly", "job-positions.readonly");
        assertThat(lucca.getJsonArray("scopesMissing")).isEmpty();
        assertThat(Duration.between(Instant.now(), Instant.parse(lucca.getString("tokenExpiresAt"))))
                .isBetween(Duration.ofMinutes(25), Duration.ofMinutes(31));
        assertThat(status(current).toString()).doesNotContain(ALL_SCOPES + "-secret");
        JsonObject legacyLucca = status(legacy).getJsonObject("lucca");
        assertThat(legacyLucca.getString("generation")).isEqualTo("v3");
        assertThat(legacyLucca.getString("advice")).contains("/api/v3/users").contains("OAuth client");
    }

    @Test
    void aTenantWithBothCredentialsReadsThroughTheOAuthClientAndWritesOktasChangesWithTheApiKey() {
        Tenant tenant = tenant("Both credentials", ALL_SCOPES, "sbx-all-0003");
        Http.Answer options = Http.put(Admin.tenants() + "/" + tenant.id() + "/options", """
                {"leaversGraceDays":90,"snapshotTtlSeconds":900,"userNameSource":"MAIL","reverseSync":true}""",
                Admin.operator());
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        withSelection(tenant);
        JsonObject user = Scim.allUsers(tenant.token()).get(0);
        String id = user.getString("id");
        JsonObject wanted = Json.createObjectBuilder(user).add("title", "Head of Payroll").build();

        Http.Answer written = Http.put(Scim.baseUrl() + "/Users/" + id, wanted.toString(),
                "Authorization", "Bearer " + tenant.token());

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().getString("title")).isEqualTo("Head of Payroll");
        assertThat(written.json().getString("userName")).isEqualTo(user.getString("userName"));
        JsonObject lucca = Http.get(Http.sandboxUrl() + "/api/v3/users/" + id + "?fields=jobTitle",
                "Authorization", "lucca application=sbx-all-0003").json().getJsonObject("data");
        assertThat(lucca.getString("jobTitle")).isEqualTo("Head of Payroll");
        Http.Answer read = Scim.get("/Users/" + id, tenant.token());
        assertThat(read.json().getString("title")).as("read without waiting for a refresh").isEqualTo("Head of Payroll");
    }

    @Test
    void aTenantWithItsOAuthClientAloneIsReadManagedByOperatorsAndRefusesWritesUntilGivenAKey() {
        Http.Answer neither = Http.post(Admin.tenants(), Json.createObjectBuilder().add("name", "Nothing")
                .add("technicalAdminEmail", Admin.CLEMENT).add("luccaBaseUrl", Http.sandboxUrl()).build().toString(),
                Admin.operator());
        Http.Answer elsewhere = Http.post(Admin.tenants(), Json.createObjectBuilder(clientOnly("Elsewhere"))
                .add("luccaBaseUrl", Http.sandboxUrl() + "/nowhere").build().toString(), Admin.operator());
        Http.Answer created = Http.post(Admin.tenants(), clientOnly("Client only").toString(), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        String base = Admin.tenants() + "/" + tenant.id();
        Http.put(base + "/options", """
                {"leaversGraceDays":90,"snapshotTtlSeconds":900,"userNameSource":"MAIL","reverseSync":true}""",
                Admin.operator());
        JsonObject user = Scim.allUsers(tenant.token()).get(0);

        Http.Answer byClement = Http.get(base, Admin.withCsrf(Admin.as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD)));
        Http.Answer write = Http.put(Scim.baseUrl() + "/Users/" + user.getString("id"),
                Json.createObjectBuilder(user).add("title", "Nope").build().toString(), "Authorization", "Bearer " + tenant.token());
        Http.Answer lastWay = Http.delete(base + "/lucca-client", Admin.operator());
        Http.Answer preview = Http.get(base + "/preview/" + user.getString("id"), Admin.operator());
        JsonObject apiKey = status(tenant).getJsonObject("apiKey");
        Http.Answer keyAdded = Http.put(base + "/lucca-key", "{\"apiKey\":\"sbx-all-0003\"}", Admin.operator());
        Http.Answer byClementNow = Http.get(base, Admin.withCsrf(Admin.as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD)));
        Http.Answer removedByClement = Http.delete(base + "/lucca-key",
                Admin.withCsrf(Admin.as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD)));
        Http.Answer keyRemoved = Http.delete(base + "/lucca-key", Admin.operator());

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().getString("detail")).contains("API key", "OAuth client");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().getString("detail")).contains("No Lucca API at");
        assertThat(created.json().getBoolean("luccaApiKeySet")).isFalse();
        assertThat(created.json().containsKey("luccaKeyName")).isFalse();
        assertThat(user.getString("userName")).contains("@");
        assertThat(byClement.status()).isEqualTo(403);
        assertThat(byClement.json().getString("detail")).contains("no Lucca API key");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body()).contains("API key");
        assertThat(lastWay.status()).isEqualTo(400);
        assertThat(lastWay.json().getString("detail")).contains("only way to Lucca");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().getJsonObject("lucca").getString("type")).isEqualTo("employee");
        assertThat(preview.json().getJsonObject("scim").getString("userName")).isEqualTo(user.getString("userName"));
        assertThat(apiKey.getString("none")).contains("No Lucca API key");
        assertThat(keyAdded.status()).as(keyAdded.body()).isEqualTo(200);
        assertThat(keyAdded.json().getBoolean("luccaApiKeySet")).isTrue();
        assertThat(byClementNow.status()).as("Clément's Lucca role vouches for him once there is a key").isEqualTo(200);
        assertThat(removedByClement.status()).as("he would lock himself out").isEqualTo(403);
        assertThat(keyRemoved.status()).isEqualTo(200);
        assertThat(keyRemoved.json().getBoolean("luccaApiKeySet")).isFalse();
    }

    @Test
    void aScopeWithdrawnInLuccaStopsTheReadAndTheStatusNamesItWithWhatItCosts() {
        Tenant tenant = withSelection(tenant("Scope withdrawn", ALL_SCOPES));
        assertThat(Scim.allUsers(tenant.token())).isNotEmpty();
        Http.Answer withdrawn = Http.put(Http.sandboxUrl() + "/sandbox/clients/" + ALL_SCOPES + "/scopes", """
                {"scopes":["employees.readonly","employments.readonly","job-positions.readonly",
                           "departments.readonly","business-establishments.readonly","legal-entities.readonly"]}""");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        Http.delete(Http.sandboxUrl() + "/sandbox/tokens");
        Admin.discardSnapshot(tenant.id());
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");

        Http.Answer importing = Scim.get("/Users?count=1", tenant.token());
        await().atMost(Duration.ofSeconds(30)).until(() -> status(tenant).containsKey("lastError"));
        JsonObject status = status(tenant);

        assertThat(importing.status()).isEqualTo(503);
        assertThat(status.getJsonObject("lastError").getString("message"))
                .contains("employee-personal-records.readonly", "personal e-mail");
        JsonObject missing = status.getJsonObject("lucca").getJsonArray("scopesMissing").getJsonObject(0);
        assertThat(missing.getString("scope")).isEqualTo("employee-personal-records.readonly");
        assertThat(missing.getString("withoutIt")).contains("personal e-mail", "birth date");
        assertThat(Sandbox.requestLog().getJsonObject("byEndpoint").containsKey("GET /lucca-api/employee-personal-records"))
                .as("the read stops before asking for what the token does not cover").isFalse();
    }

    @Test
    void pagesACarefulClientMustRefuseStopTheReadClearlyAndPublishNothing() {
        Tenant tenant = tenant("Hostile pages", ALL_SCOPES);

        String foreign = failedRead(tenant, 1);
        String looping = failedRead(tenant, 2);
        String notJson = failedRead(tenant, 3);
        Sandbox.setFaults("{\"hostilePages\": 0}");
        Admin.discardSnapshot(tenant.id());

        assertThat(foreign).contains("next link away from");
        assertThat(looping).contains("lead back to one already read");
        assertThat(notJson).contains("Lucca did not answer");
        assertThat(Scim.allUsers(tenant.token())).as("read again once Lucca behaves").isNotEmpty();
    }

    /** Okta's import while the sandbox serves hostile pages: refused, and the status's last error, with no snapshot. */
    private static String failedRead(Tenant tenant, int hostilePages) {
        Sandbox.setFaults("{\"hostilePages\": " + hostilePages + "}");
        Admin.discardSnapshot(tenant.id());
        Http.Answer importing = Scim.get("/Users?count=1", tenant.token());
        await().atMost(Duration.ofSeconds(60)).until(() -> status(tenant).containsKey("lastError"));
        JsonObject status = status(tenant);
        assertThat(importing.status()).isEqualTo(503);
        assertThat(status.getJsonObject("snapshot").getInt("users")).as("nothing half-read is published").isZero();
        return status.getJsonObject("lastError").getString("message");
    }

    private static JsonObject clientOnly(String name) {
        return Json.createObjectBuilder().add("name", name).add("technicalAdminEmail", Admin.CLEMENT)
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaClientId", ALL_SCOPES)
                .add("luccaClientSecret", ALL_SCOPES + "-secret").build();
    }

    private static Tenant tenant(String name, String clientId) {
        return tenant(name, clientId, KEY);
    }

    private static Tenant tenant(String name, String clientId, String key) {
        Http.Answer created = Http.post(Admin.tenants(),
                setup(name, key, clientId, clientId == null ? null : clientId + "-secret"), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        if (clientId == null) {
            Http.Answer options = Http.put(Admin.tenants() + "/" + tenant.id() + "/options", MAIL_USER_NAMES,
                    Admin.operator());
            assertThat(options.status()).as(options.body()).isEqualTo(200);
        } else {
            assertThat(created.json().getString("userNameSource")).isEqualTo("MAIL");
            assertThat(created.json().getString("luccaApi")).isEqualTo("v5");
            // Lucca is read as soon as the tenant is set up, before Okta asks for anything.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> status(tenant).getJsonObject("snapshot").getInt("users") > 0);
        }
        return tenant;
    }

    private static Tenant withSelection(Tenant tenant) {
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection", SELECTION, Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        return tenant;
    }

    private static String setup(String name, String key, String clientId, String clientSecret) {
        var body = Json.createObjectBuilder().add("name", name).add("technicalAdminEmail", "it@acme.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaApiKey", key);
        if (clientId != null) {
            body.add("luccaClientId", clientId).add("luccaClientSecret", clientSecret);
        }
        return body.build().toString();
    }

    private static JsonObject status(Tenant tenant) {
        Http.Answer status = Http.get(Admin.tenants() + "/" + tenant.id() + "/status", Admin.operator());
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        return status.json();
    }

    private static List<JsonObject> groups(Tenant tenant) {
        Http.Answer page = Http.get(tenant.scimBase() + "/Groups?count=1000", "Authorization", "Bearer " + tenant.token());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(LuccaApiReadIT::withSortedMembers)
                .sorted(Comparator.comparing(group -> group.getString("id"))).toList();
    }

    private static JsonObject withSortedMembers(JsonObject group) {
        if (!group.containsKey("members")) {
            return group;
        }
        var members = Json.createArrayBuilder();
        group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .sorted(Comparator.comparing(member -> member.getString("value"))).forEach(members::add);
        return Json.createObjectBuilder(group).add("members", members).build();
    }

    private static List<JsonObject> byId(List<JsonObject> users) {
        return users.stream().sorted(Comparator.comparing(user -> Long.parseLong(user.getString("id")))).toList();
    }
}
