package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.tenants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Okta → Lucca write-back as Okta does it (PUT and PATCH on {@code /Users}), checked in Lucca's own data through
 * the sandbox, never through the connector's cache, and in the tenant's audit trail. The tenant
 * {@code demo.writeback} of server-config/test.properties has reverse sync on and the sandbox's all-permissions
 * key. Each test writes to its own employee: the connector's snapshot outlives the sandbox resets between tests
 * (not those between classes, see {@link SharedServer}).
 */
@SharedServerTest
class WritebackIT {

    private static final String TOKEN = "test-writeback-token-5b2e9c47";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String LUCCA_FIELDS = "id,firstName,lastName,mail,login,jobTitle,employeeNumber,birthDate,"
            + "directLine,personalEmail,modifiedOn,department%5Bid,name%5D,extendedData";
    private static final String[] PAUL = Admin.operator();

    private static List<Long> employees;

    @BeforeAll
    static void pickEmployees() {
        Sandbox.reset();
        // The last people by id: the hostile-input tests on the same server write to the first hundred.
        employees = LuccaData.readWith(Sandbox.ALL_KEY).activeFromLast(0, 20);
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void aPutWritesTheWritableValuesThatChangedAndTheNextReadShowsThem() {
        long id = employees.get(0);
        JsonObject user = scimUser(id);
        JsonObject wanted = Json.createObjectBuilder(user)
                .add("name", Json.createObjectBuilder(user.getJsonObject("name")).add("givenName", "Zoé"))
                .add("title", "Head of Payroll")
                .add("phoneNumbers", withWorkPhone(user, "+33 1 23 45 67 89"))
                .add(ENTERPRISE, Json.createObjectBuilder(user.getJsonObject(ENTERPRISE))
                        .add("employeeNumber", "X-123").add("birthDate", "1980-05-06"))
                .build();

        Http.Answer answer = put(id, wanted.toString());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getJsonObject("name").getString("givenName")).isEqualTo("Zoé");
        assertThat(answer.header("ETag")).isNotEqualTo(user.getJsonObject("meta").getString("version"));
        JsonObject lucca = luccaUser(id);
        assertThat(lucca.getString("firstName")).isEqualTo("Zoé");
        assertThat(lucca.getString("jobTitle")).isEqualTo("Head of Payroll");
        assertThat(lucca.getString("employeeNumber")).isEqualTo("X-123");
        assertThat(lucca.getString("birthDate")).startsWith("1980-05-06");
        assertThat(lucca.getString("directLine")).isEqualTo("+33 1 23 45 67 89");
        assertThat(lucca.getString("lastName")).isEqualTo(user.getJsonObject("name").getString("familyName"));
        assertThat(scimUser(id).getString("title")).as("read without waiting for a refresh").isEqualTo("Head of Payroll");
        JsonObject audit = latestAudit(id);
        assertThat(audit.getString("outcome")).isEqualTo("APPLIED");
        assertThat(audit.getInt("luccaStatus")).isEqualTo(200);
        assertThat(audit.getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
        assertThat(fields(audit, "changes", "field"))
                .containsExactlyInAnyOrder("firstName", "jobTitle", "employeeNumber", "birthDate", "directLine");
        assertThat(audit.toString()).doesNotContain(TOKEN, Sandbox.ALL_KEY);
    }

    @Test
    void whatLuccaCannotTakeIsIgnoredInAPutWithItsReasonAndLuccaIsLeftAlone() {
        long id = employees.get(1);
        JsonObject user = scimUser(id);
        JsonObject before = luccaUser(id);
        // A value other than the person's own: only a change is ignored.
        String bloodType = "AB-".equals(user.getJsonObject(ENTERPRISE).getString("e_bloodType", null)) ? "O+" : "AB-";
        JsonObject wanted = Json.createObjectBuilder(user)
                .add("displayName", "Someone Else")
                .add("active", false)
                .add(ENTERPRISE, Json.createObjectBuilder(user.getJsonObject(ENTERPRISE))
                        .add("department", "Board of directors").add("e_bloodType", bloodType)
                        .add("dtContractStart", "2001-01-01").add("theoreticalCompensation", 1))
                .build();

        Http.Answer answer = put(id, wanted.toString());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getString("displayName")).isEqualTo(user.getString("displayName"));
        assertThat(answer.header("ETag")).isEqualTo(user.getJsonObject("meta").getString("version"));
        assertThat(luccaUser(id)).isEqualTo(before);
        JsonObject audit = latestAudit(id);
        assertThat(audit.getString("outcome")).isEqualTo("UNCHANGED");
        assertThat(audit.getJsonArray("changes")).isEmpty();
        assertThat(fields(audit, "ignored", "attribute")).containsExactlyInAnyOrder("displayName", "active",
                ENTERPRISE + ":department", ENTERPRISE + ":e_bloodType", ENTERPRISE + ":dtContractStart",
                ENTERPRISE + ":theoreticalCompensation");
        assertThat(fields(audit, "ignored", "reason")).anyMatch(r -> r.contains("compound"))
                .anyMatch(r -> r.contains("extended data")).anyMatch(r -> r.contains("read-only"))
                .anyMatch(r -> r.contains("contract"));
    }

    @Test
    void aPatchAppliesOktasOperationsPathlessCapitalisedAndWithStringBooleans() {
        long id = employees.get(2);
        String operations = """
                [{"op":"Replace","value":{"name.familyName":"Durand-Essai","title":"Buyer"}},
                 {"op":"replace","path":"%s:personalEmail","value":"perso@example.org"},
                 {"op":"replace","value":{"active":"False"}}]""".formatted(ENTERPRISE);

        Http.Answer answer = patch(id, operations);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getBoolean("active")).as("the contract decides").isTrue();
        JsonObject lucca = luccaUser(id);
        assertThat(lucca.getString("lastName")).isEqualTo("Durand-Essai");
        assertThat(lucca.getString("jobTitle")).isEqualTo("Buyer");
        assertThat(lucca.getString("personalEmail")).isEqualTo("perso@example.org");
        JsonObject audit = latestAudit(id);
        assertThat(audit.getString("operation")).isEqualTo("PATCH");
        assertThat(fields(audit, "changes", "field")).containsExactlyInAnyOrder("lastName", "jobTitle", "personalEmail");
        assertThat(fields(audit, "ignored", "attribute")).containsExactly("active");
    }

    @Test
    void aPatchOnAnythingLuccaCannotTakeIsRefusedAsMutabilityAndChangesNothing() {
        long id = employees.get(3);
        JsonObject before = luccaUser(id);
        Map<String, String> refused = Map.of(
                "displayName", "\"Someone Else\"",
                ENTERPRISE + ":department", "\"Board of directors\"",
                ENTERPRISE + ":e_bloodType", "\"AB-\"",
                ENTERPRISE + ":theoreticalCompensation", "1");

        refused.forEach((path, value) -> {
            Http.Answer answer = patch(id, """
                    [{"op":"replace","path":"title","value":"Buyer"},
                     {"op":"replace","path":"%s","value":%s}]""".formatted(path, value));
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().getString("scimType")).isEqualTo("mutability");
            assertThat(answer.json().getString("detail")).contains(path);
        });

        assertThat(luccaUser(id)).as("not even the writable title of the same request").isEqualTo(before);
        JsonObject audit = audit("?userId=" + id);
        assertThat(audit.getInt("total")).isEqualTo(refused.size());
        assertThat(fields(audit, "entries", "outcome")).containsOnly("INVALID");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCurrentVersionIsAccepted() {
        long id = employees.get(4);
        String first = scimUser(id).getJsonObject("meta").getString("version");

        Http.Answer applied = patch(id, "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]", "If-Match", first);
        Http.Answer stale = patch(id, "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Seller\"}]", "If-Match", first);
        Http.Answer current = patch(id, "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Seller\"}]",
                "If-Match", applied.header("ETag"));

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(luccaUser(id).getString("jobTitle")).isEqualTo("Seller");
    }

    @Test
    void luccasRefusalComesBackAsAScim400WithLuccasMessageAndNothingChanges() {
        long id = employees.get(5);
        JsonObject before = luccaUser(id);

        Http.Answer answer = patch(id, """
                [{"op":"replace","path":"title","value":"Buyer"},
                 {"op":"replace","path":"emails[type eq \\"work\\"].value","value":"not-a-mail"}]""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().getString("detail")).contains("Lucca refused", "not-a-mail");
        assertThat(luccaUser(id)).isEqualTo(before);
        JsonObject audit = latestAudit(id);
        assertThat(audit.getString("outcome")).isEqualTo("LUCCA_REJECTED");
        assertThat(audit.getInt("luccaStatus")).isEqualTo(400);
    }

    @Test
    void groupsStayReadOnlyAndPeopleAreNeitherCreatedNorDeletedFromOkta() {
        long id = employees.get(6);
        String body = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}";

        assertThat(Http.send("PATCH", Scim.baseUrl() + "/Groups/LUCCA_DEPT_1", body, bearer(TOKEN)).status()).isEqualTo(403);
        assertThat(Http.send("PUT", Scim.baseUrl() + "/Groups/LUCCA_DEPT_1", "{}", bearer(TOKEN)).status()).isEqualTo(403);
        assertThat(Http.post(Scim.baseUrl() + "/Users", "{}", bearer(TOKEN)).status()).isEqualTo(403);
        assertThat(Http.delete(Scim.baseUrl() + "/Users/" + id, bearer(TOKEN)).status()).isEqualTo(403);
        assertThat(luccaUser(id).getString("firstName")).isNotEmpty();
    }

    @Test
    void writingTakesTheTenantSwitchAndAllThreeLuccaPermissions() {
        long id = employees.get(7);
        JsonObject before = luccaUser(id);
        String switchedOff = tenantToken(Sandbox.ALL_KEY, false);
        String noUsersEdit = tenantToken(key("users.read", "departments.admin", "organization.edit"), true);
        String noDepartments = tenantToken(key("users.read", "users.edit", "organization.edit"), true);
        String noOrganization = tenantToken(key("users.read", "users.edit", "departments.admin"), true);
        String title = "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]";

        assertThat(refusal(patchAs(switchedOff, id, title))).contains("not enabled");
        assertThat(refusal(patchAs(noUsersEdit, id, title))).contains("users.edit", "Edit user file").doesNotContain("departments");
        assertThat(refusal(patchAs(noDepartments, id, title))).contains("departments.admin").doesNotContain("users.edit");
        assertThat(refusal(patchAs(noOrganization, id, title))).contains("organization.edit").doesNotContain("users.edit");
        assertThat(refusal(patchAs(Scim.READ_ONLY_TOKEN, id, title))).contains("not enabled");
        assertThat(luccaUser(id)).isEqualTo(before);
        assertThat(patch(id, title).status()).isEqualTo(200);
    }

    @Test
    void whenLuccaFailsAWriteOktaIsToldToRetryAndLuccaIsUnchanged() {
        long id = employees.get(8);
        JsonObject before = luccaUser(id);
        Map<String, Integer> faults = Map.of(
                "{\"writesOnly\":1,\"errorStatus\":503,\"errorCount\":1}", 502,
                "{\"writesOnly\":1,\"resetCount\":1}", 503,
                "{\"writesOnly\":1,\"timeoutCount\":1,\"timeoutMillis\":1000}", 503);

        faults.forEach((fault, status) -> {
            Sandbox.setFaults(fault);
            Http.Answer answer = patch(id, "[{\"op\":\"replace\",\"value\":{\"title\":\"Buyer\",\"name.givenName\":\"Zoé\"}}]");
            assertThat(answer.status()).as(fault + ": " + answer.body()).isEqualTo(status);
            assertThat(answer.header("Retry-After")).isNotBlank();
            assertThat(answer.body()).doesNotContain("Exception", Sandbox.ALL_KEY);
            assertThat(luccaUser(id)).as(fault).isEqualTo(before);
        });

        JsonObject audit = audit("?userId=" + id + "&outcome=LUCCA_FAILED");
        assertThat(audit.getInt("total")).isEqualTo(faults.size());
        assertThat(fields(audit, "entries", "detail")).allMatch(detail -> detail.contains("Lucca"));
    }

    @Test
    void aWriteLuccaAppliesAfterTheConnectorGaveUpIsWholeAndOktasRetryFindsItDone() {
        long id = employees.get(9);
        JsonObject before = luccaUser(id);
        String change = "[{\"op\":\"replace\",\"value\":{\"title\":\"Buyer\",\"name.givenName\":\"Zoé\"}}]";
        Sandbox.setFaults("{\"writesOnly\":1,\"latencyMillis\":6000,\"timeoutMillis\":20000}");

        Http.Answer gaveUp = patch(id, change);

        assertThat(gaveUp.status()).as(gaveUp.body()).isEqualTo(503);
        assertThat(gaveUp.json().getString("detail")).contains("may or may not");
        List<String> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonObject now = luccaUser(id);
            seen.add(now.getString("jobTitle", "") + "|" + now.getString("firstName"));
            return "Buyer".equals(now.getString("jobTitle", null));
        });
        assertThat(seen).as("never half-applied").allMatch(state -> state.equals("Buyer|Zoé")
                || state.equals(before.getString("jobTitle", "") + "|" + before.getString("firstName")));
        Sandbox.setFaults("{\"writesOnly\":0,\"latencyMillis\":0}");
        Http.Answer retried = patch(id, change);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(latestAudit(id).getString("outcome")).isEqualTo("UNCHANGED");
    }

    /** The user's phone numbers with the work one replaced, the others (the mobile) kept. */
    private static JsonArrayBuilder withWorkPhone(JsonObject user, String number) {
        JsonArrayBuilder phones = Json.createArrayBuilder();
        if (user.containsKey("phoneNumbers")) {
            user.getJsonArray("phoneNumbers").getValuesAs(JsonObject.class).stream()
                    .filter(phone -> !"work".equals(phone.getString("type", ""))).forEach(phones::add);
        }
        return phones.add(Json.createObjectBuilder().add("value", number).add("type", "work"));
    }

    /** Writes wait for the tenant's first snapshot as reads do: a class that writes first may find it still being built. */
    private static Http.Answer put(long id, String body) {
        return Scim.served(() -> Http.send("PUT", Scim.baseUrl() + "/Users/" + id, body, bearer(TOKEN)));
    }

    private static Http.Answer patch(long id, String operations, String... headers) {
        return patchAs(TOKEN, id, operations, headers);
    }

    private static Http.Answer patchAs(String token, long id, String operations, String... headers) {
        List<String> all = new ArrayList<>(List.of(bearer(token)));
        all.addAll(List.of(headers));
        return Scim.served(() -> Http.send("PATCH", Scim.baseUrl() + "/Users/" + id,
                "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}", all.toArray(String[]::new)));
    }

    private static String refusal(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        return answer.json().getString("detail");
    }

    private static JsonObject scimUser(long id) {
        Http.Answer answer = Scim.get("/Users/" + id, TOKEN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The user as Lucca has them, read from the sandbox with the all-permissions key. */
    private static JsonObject luccaUser(long id) {
        Http.Answer answer = Sandbox.get("/api/v3/users/" + id + "?fields=" + LUCCA_FIELDS, Sandbox.ALL_KEY);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("data");
    }

    private static JsonObject latestAudit(long id) {
        JsonObject page = audit("?userId=" + id + "&count=1");
        assertThat(page.getJsonArray("entries")).isNotEmpty();
        return page.getJsonArray("entries").getJsonObject(0);
    }

    private static JsonObject audit(String query) {
        Http.Answer answer = Http.get(tenants() + "/" + Admin.tenantNamed("Write-back company") + "/audit" + query, PAUL);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> fields(JsonObject object, String array, String field) {
        return object.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .map(row -> row.get(field) == null || row.get(field).getValueType() == JsonValue.ValueType.NULL
                        ? "" : row.get(field).toString().replaceAll("^\"|\"$", ""))
                .toList();
    }

    /** A new sandbox key with exactly these permissions. */
    private static String key(String... permissions) {
        JsonArrayBuilder granted = Json.createArrayBuilder();
        for (String permission : permissions) {
            granted.add(permission);
        }
        JsonObjectBuilder request = Json.createObjectBuilder().add("name", "Test key").add("permissions", granted);
        Http.Answer created = Http.post(Http.sandboxUrl() + "/sandbox/apikeys", request.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("key");
    }

    /** A tenant made through the administration API on this key, with reverse sync on or off; its SCIM token. */
    private static String tenantToken(String luccaKey, boolean reverseSync) {
        JsonObject created = Admin.createTenant(luccaKey);
        Http.Answer options = Http.put(tenants() + "/" + created.getString("id") + "/options",
                "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":900,\"userNameSource\":\"LOGIN\",\"reverseSync\":" + reverseSync + "}", PAUL);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return created.getString("scimToken");
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
