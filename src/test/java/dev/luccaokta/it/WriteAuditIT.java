package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.tenants;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of Okta's writes as a tenant's administrators rely on it: a write Lucca applied is on record
 * whatever the size of what Okta sent, the write-back policy refuses before a body is read, and a refusal Okta
 * repeats is one row with a count rather than a row per request. Checked in Lucca's own data through the sandbox and
 * in the audit view of the administration API.
 */
@SharedServerTest
class WriteAuditIT {

    private static final String WRITER = Scim.WRITEBACK_TOKEN;
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String TITLE = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]}";

    private static List<Long> employees;

    @BeforeAll
    static void pickEmployees() {
        Sandbox.reset();
        // People WritebackIT (the last twenty) and HostileInputIT (the first hundred) leave alone.
        employees = LuccaData.readWith(Sandbox.ALL_KEY).activeFromLast(20, 5);
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    /** The original incident: the audit insert failed after Lucca applied the change, and Okta got an HTML 500. */
    @Test
    void aPutWhoseIgnoredAttributesOverflowTheAuditColumnIsAppliedAnsweredAndAuditedTruncated() {
        long id = employees.get(0);
        JsonObject user = Scim.get("/Users/" + id, WRITER).json();
        JsonObjectBuilder wanted = Json.createObjectBuilder(user).add("title", "Overflow tester");
        for (int i = 0; i < 5_000; i++) {
            wanted.add(String.format("x%04d", i), 1);
        }
        String body = wanted.build().toString();
        assertThat(body.length()).as("within the SCIM body limit").isLessThan(65_536);

        Http.Answer answer = Http.send("PUT", Scim.baseUrl() + "/Users/" + id, body, "Authorization", "Bearer " + WRITER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/scim+json");
        assertThat(answer.json().getString("title")).isEqualTo("Overflow tester");
        assertThat(luccaJobTitle(id)).isEqualTo("Overflow tester");
        JsonObject audit = latest(writeback(), "?userId=" + id);
        assertThat(audit.getString("outcome")).isEqualTo("APPLIED");
        assertThat(audit.getInt("luccaStatus")).isEqualTo(200);
        assertThat(audit.getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
        assertThat(audit.getJsonArray("changes").getJsonObject(0).getString("field")).isEqualTo("jobTitle");
        JsonArray ignored = audit.getJsonArray("ignored");
        assertThat(ignored.size()).as("cut short").isBetween(2, 4_999);
        assertThat(ignored.getValuesAs(JsonObject.class)).anyMatch(value -> value.getString("attribute").equals("x0000"));
        assertThat(ignored.getJsonObject(ignored.size() - 1).getString("attribute")).contains("(truncated)");
    }

    @Test
    void theTenantsSwitchIsCheckedBeforeTheBodyIsRead() {
        long id = employees.get(1);
        List<String> bodies = List.of("{not json", "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
                + "\"path\":\"" + "emails[".repeat(5_000) + "\",\"value\":\"x\"}]}", "[".repeat(20_000));

        for (String body : bodies) {
            Http.Answer answer = Http.send("PATCH", Scim.baseUrl() + "/Users/" + id, body,
                    "Authorization", "Bearer " + Scim.READ_ONLY_TOKEN);
            assertThat(answer.status()).as(answer.body()).isEqualTo(403);
            assertThat(answer.json().getString("detail")).contains("not enabled");
        }
    }

    @Test
    void aRefusalOktaRepeatsIsOneAuditRowWithItsCount() {
        long id = employees.get(2);
        // A tenant of its own: the write-back policy's refusals of a tenant merge whatever the user.
        JsonObject tenant = Admin.createTenant(Sandbox.READ_KEY);
        String token = tenant.getString("scimToken");
        for (int i = 0; i < 6; i++) {
            Http.Answer refused = Http.send("PATCH", Scim.baseUrl() + "/Users/" + id, TITLE, "Authorization", "Bearer " + token);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        }
        Http.Answer other = Http.send("PUT", Scim.baseUrl() + "/Users/" + id, "{\"title\":\"Buyer\"}",
                "Authorization", "Bearer " + token);
        assertThat(other.status()).as(other.body()).isEqualTo(403);

        JsonObject page = audit(tenant.getString("id"), "?userId=" + id);
        assertThat(page.getInt("total")).as("one row per distinct refusal").isEqualTo(2);
        JsonObject patches = page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("operation").equals("PATCH")).findFirst().orElseThrow();
        assertThat(patches.getString("outcome")).isEqualTo("REFUSED");
        assertThat(patches.getInt("repeats")).isEqualTo(6);
        assertThat(patches.getString("lastAt").compareTo(patches.getString("at"))).isPositive();
        assertThat(luccaJobTitle(id)).isNotEqualTo("Buyer");
    }

    @Test
    void writesToManyUsersOfATenantThatMayNotWriteAreOneRowAndIdsLuccaCannotHaveNone() {
        JsonObject tenant = Admin.createTenant(Sandbox.READ_KEY);
        String token = tenant.getString("scimToken");
        for (int i = 1; i <= 25; i++) {
            Http.Answer refused = Http.send("PUT", Scim.baseUrl() + "/Users/" + (900_000 + i), "{\"title\":\"Buyer\"}",
                    "Authorization", "Bearer " + token);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        }
        for (String notAnId : List.of("abc", "0", "-7", "00042", "1e3", "12345678901234567890")) {
            Http.Answer missing = Http.send("PATCH", Scim.baseUrl() + "/Users/" + notAnId, TITLE, "Authorization", "Bearer " + token);
            assertThat(missing.status()).as(notAnId + " → " + missing.body()).isEqualTo(404);
        }

        JsonObject page = audit(tenant.getString("id"), "");
        assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
        JsonObject row = page.getJsonArray("entries").getJsonObject(0);
        assertThat(row.getString("outcome")).isEqualTo("REFUSED");
        assertThat(row.getString("userId")).as("the first one's").isEqualTo("900001");
        assertThat(row.getInt("repeats")).isEqualTo(25);
    }

    private static String luccaJobTitle(long id) {
        Http.Answer answer = Sandbox.get("/api/v3/users/" + id + "?fields=jobTitle", Sandbox.ALL_KEY);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("data").getString("jobTitle", "");
    }

    private static String writeback() {
        return Admin.tenantNamed("Write-back company");
    }

    private static JsonObject latest(String tenant, String query) {
        JsonArray entries = audit(tenant, query + "&count=1").getJsonArray("entries");
        assertThat(entries).isNotEmpty();
        return entries.getJsonObject(0);
    }

    private static JsonObject audit(String tenant, String query) {
        Http.Answer answer = Http.get(tenants() + "/" + tenant + "/audit" + query, Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
