package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import safeguard: a snapshot that would make Okta deactivate many people — a key that lost "View future
 * employees", an OAuth client restricted to one establishment — is held, Okta keeps getting the people it had,
 * the hold says how many and why, and an administrator releases it (published) or discards it (checked again at
 * the next read); changes under the threshold are published; a dry run tells what Okta would see without
 * publishing. All through SCIM as Okta reads, the administration API and the sandbox's own switches.
 */
@SharedServerTest
class SafeImportsIT {

    private static final String FUTURE_KEY = "sbx-future-0002";
    private static final String CLIENT = "sbx-client-all";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private record Tenant(String id, String token) {
        String safeguard() {
            return Admin.tenants() + "/" + id + "/safeguard";
        }
    }

    @BeforeEach
    @AfterEach
    void resetSandbox() {
        // The sandbox's keys and clients get their permissions back.
        Sandbox.reset();
    }

    @Test
    void aKeyThatLosesViewFutureEmployeesHoldsTheSnapshotOktaKeepsItsPeopleAndAReleasePublishesIt() {
        Tenant tenant = tenant("Safe future", false, "[\"jobTitle\"]");
        threshold(tenant, 1, 3);
        List<String> imported = importedIds(tenant);
        awaitBaselineOf(tenant, imported.size());

        Http.Answer lost = Http.put(Http.sandboxUrl() + "/sandbox/apikeys/" + FUTURE_KEY + "/permissions",
                "{\"permissions\":[\"users.read\"]}");
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        recheck(tenant);
        JsonObject held = awaitHeld(tenant);

        assertThat(held.getInt("vanished")).as(held.toString()).isGreaterThanOrEqualTo(3);
        assertThat(held.getInt("affected")).isEqualTo(held.getInt("vanished") + held.getInt("deactivated"));
        assertThat(held.getString("likelyCause")).contains("View future employees");
        assertThat(held.getJsonArray("sample").getValuesAs(JsonObject.class)).isNotEmpty()
                .allMatch(person -> person.getString("reason").contains("no longer returned by Lucca"));
        assertThat(importedIds(tenant)).as("Okta keeps getting the people it had").containsExactlyElementsOf(imported);
        assertThat(audit(tenant, "SNAPSHOT_HELD")).hasSize(1);

        Http.Answer released = Http.post(tenant.safeguard() + "/release", "", Admin.operator());
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().getJsonObject("held").getJsonObject("released").getString("by")).isEqualTo(Admin.PAUL);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> report(tenant).isNull("held"));

        List<String> published = importedIds(tenant);
        assertThat(imported).containsAll(published);
        assertThat(published).hasSize(imported.size() - held.getInt("vanished"));
        assertThat(audit(tenant, "SNAPSHOT_RELEASED")).hasSize(1);
        assertThat(audit(tenant, "SNAPSHOT_PUBLISHED")).hasSize(1);
    }

    @Test
    void anOAuthClientRestrictedToOneEstablishmentIsSeenByTheDryRunThenHeldUntilDiscarded() {
        Tenant tenant = tenant("Safe establishments", true, "[\"jobTitle\",\"legalEntity\"]");
        List<String> imported = importedIds(tenant);
        awaitBaselineOf(tenant, imported.size());

        Http.Answer restricted = Http.put(Http.sandboxUrl() + "/sandbox/clients/" + CLIENT + "/establishments",
                "{\"establishmentIds\":[1]}");
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(200);
        JsonObject dryRun = dryRun(tenant);

        assertThat(dryRun.getBoolean("wouldBeHeld")).as(dryRun.toString()).isTrue();
        assertThat(dryRun.getInt("vanished")).isGreaterThanOrEqualTo(10);
        assertThat(dryRun.getJsonArray("changes").getValuesAs(JsonObject.class))
                .anyMatch(person -> person.getString("reason").contains("no longer returned by Lucca"));
        assertThat(report(tenant).isNull("held")).as("a dry run holds nothing").isTrue();
        assertThat(importedIds(tenant)).as("nor publishes anything").containsExactlyElementsOf(imported);

        recheck(tenant);
        JsonObject held = awaitHeld(tenant);
        assertThat(held.getString("likelyCause")).contains("establishment").contains("restricted to fewer establishments");
        assertThat(held.getInt("vanished")).isEqualTo(dryRun.getInt("vanished"));
        assertThat(importedIds(tenant)).containsExactlyElementsOf(imported);

        Http.Answer discarded = Http.delete(tenant.safeguard() + "/held", Admin.operator());
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        assertThat(discarded.json().isNull("held")).isTrue();
        assertThat(audit(tenant, "SNAPSHOT_DISCARDED")).hasSize(1);
        assertThat(importedIds(tenant)).as("a discarded snapshot is not served either").containsExactlyElementsOf(imported);
        assertThat(Http.delete(tenant.safeguard() + "/held", Admin.operator()).status()).as("nothing left to discard")
                .isEqualTo(409);
    }

    @Test
    void aChangeUnderTheThresholdIsPublishedAndTheDryRunListsItFirst() {
        Tenant tenant = tenant("Safe small", false, "[\"jobTitle\"]");
        List<String> imported = importedIds(tenant);
        awaitBaselineOf(tenant, imported.size());
        String leaver = Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active"))
                .map(user -> user.getString("id")).findFirst().orElseThrow();
        Http.Answer left = Http.send("PATCH", Http.sandboxUrl() + "/sandbox/employees/" + leaver,
                "{\"endDate\":\"" + LocalDate.now().minusDays(1) + "\"}");
        assertThat(left.status()).as(left.body()).isEqualTo(200);

        JsonObject dryRun = dryRun(tenant);
        assertThat(dryRun.getBoolean("wouldBeHeld")).isFalse();
        assertThat(dryRun.getInt("deactivated")).isEqualTo(1);
        assertThat(dryRun.getJsonArray("changes").getJsonObject(0).getString("id")).isEqualTo(leaver);

        recheck(tenant);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> !Scim.get("/Users/" + leaver, tenant.token())
                .json().getBoolean("active"));
        assertThat(report(tenant).isNull("held")).isTrue();
        assertThat(audit(tenant, null)).as("nothing held, nothing audited").isEmpty();
    }

    @Test
    void aThresholdOutOfRangeAndAReleaseWithNothingHeldAreRefusedClearly() {
        Tenant tenant = tenant("Safe refusals", false, "[\"jobTitle\"]");

        Http.Answer tooMuch = Http.put(tenant.safeguard(), "{\"percent\":101,\"minimum\":10}", Admin.operator());
        Http.Answer none = Http.put(tenant.safeguard(), "{\"percent\":5}", Admin.operator());
        Http.Answer notJson = Http.put(tenant.safeguard(), "percent=5", Admin.operator());
        Http.Answer release = Http.post(tenant.safeguard() + "/release", "", Admin.operator());

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().getString("detail")).contains("between 0 and 100");
        assertThat(none.status()).isEqualTo(400);
        assertThat(notJson.status()).isIn(400, 415);
        assertThat(release.status()).isEqualTo(409);
        JsonObject unchanged = report(tenant).getJsonObject("threshold");
        assertThat(unchanged.getInt("percent")).isEqualTo(5);
        assertThat(unchanged.getInt("minimum")).isEqualTo(10);
        assertThat(Http.get(tenant.safeguard()).status()).as("signed in only").isEqualTo(401);
    }

    private static Tenant tenant(String name, boolean oauthClient, String properties) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("technicalAdminEmail", "it@acme.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).add("luccaApiKey", FUTURE_KEY);
        if (oauthClient) {
            body.add("luccaClientId", CLIENT).add("luccaClientSecret", CLIENT + "-secret");
        }
        Http.Answer created = Http.post(Admin.tenants(), body.build().toString(), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection",
                "{\"properties\":" + properties + ",\"groupTypes\":[]}", Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        return tenant;
    }

    private static void threshold(Tenant tenant, int percent, int minimum) {
        Http.Answer set = Http.put(tenant.safeguard(), "{\"percent\":" + percent + ",\"minimum\":" + minimum + "}",
                Admin.operator());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().getJsonObject("threshold").getInt("percent")).isEqualTo(percent);
    }

    /** The ids of an Okta-style import, page by page, once the tenant's first snapshot is served. */
    private static List<String> importedIds(Tenant tenant) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        return Scim.allUsers(tenant.token()).stream().map(user -> user.getString("id")).toList();
    }

    private static void awaitBaselineOf(Tenant tenant, int people) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonObject report = report(tenant);
            return !report.isNull("lastImport") && report.getJsonObject("lastImport").getInt("people") == people;
        });
    }

    private static void recheck(Tenant tenant) {
        Http.Answer recheck = Http.post(tenant.safeguard() + "/recheck", "", Admin.operator());
        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
    }

    private static JsonObject awaitHeld(Tenant tenant) {
        AtomicReference<JsonObject> held = new AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonValue value = report(tenant).get("held");
            if (value instanceof JsonObject found) {
                held.set(found);
                return true;
            }
            return false;
        });
        return held.get();
    }

    private static JsonObject dryRun(Tenant tenant) {
        AtomicReference<JsonObject> done = new AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
            Http.Answer answer = Http.get(tenant.safeguard() + "/dry-run", Admin.operator());
            assertThat(answer.status()).as(answer.body()).isIn(200, 202);
            done.set(answer.json());
            return answer.status() == 200;
        });
        return done.get();
    }

    private static JsonObject report(Tenant tenant) {
        Http.Answer answer = Http.get(tenant.safeguard(), Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonObject> audit(Tenant tenant, String outcome) {
        Http.Answer answer = Http.get(Admin.tenants() + "/" + tenant.id() + "/audit" + (outcome == null ? "" : "?outcome=" + outcome),
                Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }
}
