package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each Okta import is recorded, first page to last, per tenant, SCIM token and collection: its pages, the failed ones,
 * the people served and the snapshot it saw, whether it completed, was abandoned or is running; the administration
 * API lists the imports of the last days with how many began each day. All over HTTP: SCIM as Okta pages through it,
 * and the administration API.
 */
@SharedServerTest
class ImportHistoryIT {

    private static final String REFUSED_TOKEN = "test-refused-token-2f7c41d8";

    @Test
    void anOktaImportPageByPageIsRecordedCompleteWithItsPagesThePeopleServedAndTheSnapshotItSaw() {
        String tenantId = Admin.tenantNamed("Test company");
        settle(Scim.TOKEN);
        Instant before = Instant.now();

        List<JsonObject> users = Scim.allUsers(Scim.TOKEN);

        JsonObject recorded = newest(tenantId, "Users", before);
        JsonObject snapshot = Http.get(Admin.tenants() + "/" + tenantId + "/status", Admin.operator()).json()
                .getJsonObject("snapshot");
        assertThat(users).hasSizeGreaterThan(200);
        assertThat(recorded.getString("status")).isEqualTo("complete");
        assertThat(recorded.getInt("pages")).isEqualTo((users.size() + 99) / 100);
        assertThat(recorded.getInt("errorPages")).isZero();
        assertThat(recorded.getInt("resources")).isEqualTo(users.size());
        assertThat(recorded.getInt("totalResults")).isEqualTo(users.size());
        assertThat(instant(recorded.getString("snapshotBuiltAt")))
                .isEqualTo(Instant.parse(snapshot.getString("builtAt")).truncatedTo(ChronoUnit.MICROS));
        assertThat(recorded.getBoolean("snapshotChanged")).isFalse();
        assertThat(recorded.getString("tokenStatus")).isEqualTo("current");
        assertThat(recorded.getString("token")).matches("[0-9a-f]{12}");
        assertThat(instant(recorded.getString("endedAt"))).isAfterOrEqualTo(instant(recorded.getString("startedAt")));
    }

    @Test
    void importsWithTwoTokensOfOneTenantAtOnceAreRecordedApartAndTheTokensNamedWithoutGivingThemAway() {
        JsonObject tenant = Admin.createTenant(Sandbox.FUTURE_KEY);
        String tenantId = tenant.getString("id");
        String first = tenant.getString("scimToken");
        String second = Http.post(Admin.tenants() + "/" + tenantId + "/token", "{\"graceMinutes\":60}", Admin.operator())
                .json().getString("scimToken");
        warmUp(second);

        int total = 0;
        for (int startIndex = 1; startIndex == 1 || startIndex <= total; startIndex += 100) {
            JsonObject byFirst = page("/Users", startIndex, first);
            JsonObject bySecond = page("/Users", startIndex, second);
            total = byFirst.getInt("totalResults");
            assertThat(bySecond.getInt("totalResults")).isEqualTo(total);
        }
        page("/Groups", 1, second);

        Http.Answer answer = imports(tenantId, "7");
        List<JsonObject> recorded = answer.json().getJsonArray("imports").getValuesAs(JsonObject.class);
        JsonObject byPrevious = only(recorded, "Users", "previous");
        JsonObject byCurrent = only(recorded, "Users", "current");
        assertThat(recorded).hasSize(3);
        assertThat(byPrevious.getString("token")).isNotEqualTo(byCurrent.getString("token"));
        for (JsonObject users : List.of(byPrevious, byCurrent)) {
            assertThat(users.getString("status")).as(users.toString()).isEqualTo("complete");
            assertThat(users.getInt("resources")).isEqualTo(total);
            assertThat(users.getInt("pages")).isEqualTo((total + 99) / 100);
        }
        assertThat(only(recorded, "Groups", "current").getInt("pages")).isEqualTo(1);
        assertThat(answer.body()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void importsOfTwoTenantsAtOnceAreEachCountedPageByPage() {
        List<JsonObject> tenants = List.of(Admin.createTenant(Sandbox.FUTURE_KEY), Admin.createTenant(Sandbox.READ_KEY));
        tenants.forEach(tenant -> warmUp(tenant.getString("scimToken")));

        // Each tenant's pages one after another, as Okta sends them, both tenants at the same time.
        List<Integer> totals = tenants.parallelStream().map(tenant -> Scim.allUsers(tenant.getString("scimToken")).size()).toList();

        for (int i = 0; i < tenants.size(); i++) {
            JsonObject recorded = only(since(tenants.get(i).getString("id"), "Users", Instant.EPOCH), "Users", "current");
            assertThat(recorded.getInt("pages")).isEqualTo((totals.get(i) + 99) / 100);
            assertThat(recorded.getInt("resources")).isEqualTo(totals.get(i));
            assertThat(recorded.getString("status")).isEqualTo("complete");
        }
    }

    @Test
    void anImportStoppedMidwayIsRunningUntilOktaBeginsAgainThenAbandonedAtItsLastPage() {
        String tenantId = Admin.tenantNamed("Test company");
        settle(Scim.TOKEN);
        Instant before = Instant.now();

        page("/Users", 1, Scim.TOKEN);
        page("/Users", 101, Scim.TOKEN);
        JsonObject stopped = newest(tenantId, "Users", before);
        page("/Users", 1, Scim.TOKEN);
        List<JsonObject> after = since(tenantId, "Users", before);

        assertThat(stopped.getString("status")).isEqualTo("running");
        assertThat(stopped.getInt("pages")).isEqualTo(2);
        assertThat(stopped.getInt("resources")).isEqualTo(200);
        assertThat(stopped.containsKey("endedAt")).isFalse();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).getString("status")).isEqualTo("running");
        assertThat(after.get(0).getInt("pages")).isEqualTo(1);
        assertThat(after.get(1).getString("id")).isEqualTo(stopped.getString("id"));
        assertThat(after.get(1).getString("status")).isEqualTo("abandoned");
        assertThat(after.get(1).getString("endedAt")).isEqualTo(stopped.getString("lastPageAt"));
    }

    @Test
    void pagesAnsweredWithAnErrorCountInTheImportTheyBelongTo() {
        String tenantId = Admin.tenantNamed("Refused company");
        List<JsonObject> earlier = since(tenantId, "Users", Instant.EPOCH);

        Http.Answer refused = Http.get(Scim.baseUrl() + "/Users?startIndex=1&count=100", "Authorization", "Bearer " + REFUSED_TOKEN);
        Http.Answer again = Http.get(Scim.baseUrl() + "/Users?startIndex=1&count=100", "Authorization", "Bearer " + REFUSED_TOKEN);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(again.status()).isEqualTo(503);
        JsonObject recorded = newest(tenantId, "Users", Instant.EPOCH);
        // An earlier class may have left this tenant's import running: a first page asked again after failing continues it.
        JsonObject before = earlier.isEmpty() || !earlier.get(0).getString("id").equals(recorded.getString("id"))
                ? null : earlier.get(0);
        assertThat(recorded.getInt("pages") - (before == null ? 0 : before.getInt("pages"))).isEqualTo(2);
        assertThat(recorded.getInt("errorPages") - (before == null ? 0 : before.getInt("errorPages"))).isEqualTo(2);
        assertThat(recorded.getInt("resources")).isZero();
        assertThat(recorded.getString("status")).isEqualTo("running");
        assertThat(recorded.containsKey("snapshotBuiltAt")).isFalse();
        assertThat(since(tenantId, "Users", Instant.EPOCH)).as("the first page asked again is the same import")
                .hasSize(before == null ? earlier.size() + 1 : earlier.size());
    }

    @Test
    void theLastDaysAreCountedDayByDayAndTheirNumberIsChecked() {
        String tenantId = Admin.tenantNamed("Test company");
        settle(Scim.TOKEN);

        JsonObject week = imports(tenantId, null).json();
        List<JsonObject> perDay = week.getJsonArray("perDay").getValuesAs(JsonObject.class);

        assertThat(week.getInt("days")).isEqualTo(7);
        assertThat(perDay).hasSize(7);
        assertThat(perDay.get(6).getString("day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(perDay.get(6).getInt("imports")).isPositive();
        assertThat(perDay.get(0).getString("day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(6).toString());
        assertThat(imports(tenantId, "30").json().getJsonArray("perDay")).hasSize(30);
        assertThat(imports(tenantId, "1").json().getJsonArray("perDay")).hasSize(1);
        for (String days : List.of("0", "31", "-1", "abc", "7.5", "99999999999", "")) {
            Http.Answer answer = imports(tenantId, days);
            assertThat(answer.status()).as("days=" + days).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().getString("detail")).contains("days must be a whole number from 1 to 30");
        }
    }

    @Test
    void onlyThoseWhoMayAdministerTheTenantSeeItsImports() {
        String tenantId = Admin.tenantNamed("Test company");
        String url = Admin.tenants() + "/" + tenantId + "/imports";

        assertThat(Http.get(url, Admin.as(Admin.MANON, Admin.MANON_PASSWORD)).status()).isEqualTo(403);
        assertThat(Http.get(url).status()).isEqualTo(401);
        assertThat(Http.get(Admin.tenants() + "/no-such-tenant/imports", Admin.operator()).status()).isEqualTo(404);
    }

    /**
     * A first page of Users: builds the tenant's snapshot, Okta's retries meanwhile counting in this import, which takes
     * over any import an earlier class left running with nothing served, so that the test's own first page begins anew.
     */
    private static void settle(String token) {
        page("/Users", 1, token);
    }

    /** The tenant's first snapshot, built through a filtered read, which is not an import. */
    private static void warmUp(String token) {
        assertThat(Scim.get("/Users?filter=" + Scim.encode("userName eq \"nobody\""), token).status()).isEqualTo(200);
    }

    private static JsonObject page(String collection, int startIndex, String token) {
        Http.Answer answer = Scim.get(collection + "?startIndex=" + startIndex + "&count=100", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Http.Answer imports(String tenantId, String days) {
        return Http.get(Admin.tenants() + "/" + tenantId + "/imports" + (days == null ? "" : "?days=" + Scim.encode(days)),
                Admin.operator());
    }

    /** The tenant's imports of a collection begun since {@code before}, newest first. */
    private static List<JsonObject> since(String tenantId, String collection, Instant before) {
        Http.Answer answer = imports(tenantId, "2");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("imports").getValuesAs(JsonObject.class).stream()
                .filter(recorded -> recorded.getString("collection").equals(collection))
                .filter(recorded -> !instant(recorded.getString("startedAt")).isBefore(before.truncatedTo(ChronoUnit.MILLIS)))
                .toList();
    }

    private static JsonObject newest(String tenantId, String collection, Instant before) {
        List<JsonObject> recorded = since(tenantId, collection, before);
        assertThat(recorded).as("imports of " + collection + " since " + before).isNotEmpty();
        return recorded.get(0);
    }

    private static JsonObject only(List<JsonObject> recorded, String collection, String tokenStatus) {
        List<JsonObject> found = recorded.stream().filter(row -> row.getString("collection").equals(collection))
                .filter(row -> row.getString("tokenStatus").equals(tokenStatus)).toList();
        assertThat(found).as(collection + " with the " + tokenStatus + " token in " + recorded).hasSize(1);
        return found.get(0);
    }

    private static Instant instant(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}
