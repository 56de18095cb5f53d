package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people Okta receives with a manager it cannot use are listed to the tenant's administrators with the manager
 * exactly as Okta receives it: a manager who left (listed inactive, or past the grace period and no longer listed), a
 * future manager the key may not see, and, for an OAuth client that sees one establishment only, managers in the
 * others. Set up through the sandbox's own calls, read as Okta reads SCIM, checked against the SCIM answers.
 */
@SharedServerTest
class ManagerWarningsIT {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String MANAGER_ONLY = "{\"properties\":[\"manager\"],\"groupTypes\":[]}";
    private static final LocalDate TODAY = LocalDate.now();

    private record Tenant(String id, String token) {
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void managersWhoLeftOrHaveNotStartedAreListedWithWhatOktaReceives() {
        Tenant tenant = tenant(Json.createObjectBuilder().add("luccaApiKey", Sandbox.READ_KEY));
        JsonObject clean = warnings(tenant, "");
        assertThat(clean.getBoolean("managerSent")).isTrue();
        assertThat(clean.getInt("checked")).isEqualTo(Scim.allUsers(tenant.token()).size());
        assertThat(clean.getInt("total")).as("the sandbox's hierarchy is coherent: %s", clean).isZero();

        List<Integer> people = Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active"))
                .map(user -> Integer.valueOf(user.getString("id"))).filter(id -> id > 4).limit(3).toList();
        int leftYesterday = Sandbox.hire(hire("Yves", "Parti", TODAY.minusYears(3), TODAY.minusDays(1)));
        int leftLongAgo = Sandbox.hire(hire("Léa", "Ancienne", TODAY.minusYears(3), TODAY.minusDays(200)));
        int arriving = Sandbox.hire(hire("Noé", "Bientôt", TODAY.plusDays(30), null));
        Sandbox.changePerson(people.get(0), "{\"managerId\":" + leftYesterday + "}");
        Sandbox.changePerson(people.get(1), "{\"managerId\":" + leftLongAgo + "}");
        Sandbox.changePerson(people.get(2), "{\"managerId\":" + arriving + "}");
        Admin.discardSnapshot(tenant.id());
        Scim.get("/Users?count=1", tenant.token());
        Tenant seesFuture = tenant(Json.createObjectBuilder().add("luccaApiKey", Sandbox.FUTURE_KEY));

        JsonObject report = warnings(tenant, "");
        JsonObject withFuture = warnings(seesFuture, "");

        assertThat(report.getJsonObject("counts")).isEqualTo(counts(1, 1, 0));
        assertThat(report.getInt("total")).isEqualTo(2);
        Map<String, JsonObject> byPerson = byPerson(report);
        assertThat(byPerson.keySet()).containsExactlyInAnyOrder(String.valueOf(people.get(0)), String.valueOf(people.get(1)));

        JsonObject inactive = byPerson.get(String.valueOf(people.get(0)));
        assertThat(inactive.getString("reason")).isEqualTo("MANAGER_INACTIVE");
        assertThat(inactive.getJsonObject("manager")).isEqualTo(Json.createObjectBuilder().add("active", false)
                .add("id", String.valueOf(leftYesterday)).add("listed", true).add("name", "Yves Parti").build());
        assertThat(user(tenant, leftYesterday).getBoolean("active")).isFalse();

        JsonObject gone = byPerson.get(String.valueOf(people.get(1)));
        assertThat(gone.getString("reason")).isEqualTo("MANAGER_NOT_LISTED");
        assertThat(gone.getJsonObject("manager")).isEqualTo(Json.createObjectBuilder().add("id", String.valueOf(leftLongAgo))
                .add("listed", false).add("name", "Léa Ancienne").build());
        assertThat(Scim.get("/Users/" + leftLongAgo, tenant.token()).status()).as("past the grace period").isEqualTo(404);

        for (JsonObject warning : byPerson.values()) {
            JsonObject served = user(tenant, Integer.parseInt(warning.getJsonObject("person").getString("id")));
            assertThat(warning.getJsonObject("oktaReceives").getString("value")).isEqualTo(managerOf(served));
            assertThat(warning.getJsonObject("oktaReceives").getString("displayName"))
                    .isEqualTo(served.getJsonObject(ENTERPRISE).getJsonObject("manager").getString("displayName"));
            assertThat(warning.getJsonObject("person").getString("userName")).isEqualTo(served.getString("userName"));
            assertThat(warning.getJsonObject("person").getString("displayName")).isEqualTo(served.getString("displayName"));
        }
        // Lucca shows a key that may not see future employees no manager at all: Okta receives none, nothing to list.
        assertThat(managerOf(user(tenant, people.get(2)))).isNull();
        JsonObject notStarted = byPerson(withFuture).get(String.valueOf(people.get(2)));
        assertThat(notStarted.getString("reason")).isEqualTo("MANAGER_INACTIVE");
        assertThat(notStarted.getJsonObject("oktaReceives").getString("value")).isEqualTo(String.valueOf(arriving))
                .isEqualTo(managerOf(user(seesFuture, people.get(2))));
        assertThat(user(seesFuture, arriving).getBoolean("active")).as("contract not started").isFalse();
        assertThat(withFuture.getJsonObject("counts")).isEqualTo(counts(1, 2, 0));
    }

    @Test
    void theListIsBoundedFilteredByReasonAndRefusesOtherQueries() {
        Tenant tenant = tenant(Json.createObjectBuilder().add("luccaApiKey", Sandbox.READ_KEY));
        int leftLongAgo = Sandbox.hire(hire("Léa", "Ancienne", TODAY.minusYears(3), TODAY.minusDays(200)));
        int leftYesterday = Sandbox.hire(hire("Yves", "Parti", TODAY.minusYears(3), TODAY.minusDays(1)));
        List<String> people = Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active"))
                .map(user -> user.getString("id")).filter(id -> Integer.parseInt(id) > 4).limit(4).toList();
        for (String id : people.subList(0, 3)) {
            Sandbox.changePerson(Integer.parseInt(id), "{\"managerId\":" + leftLongAgo + "}");
        }
        Sandbox.changePerson(Integer.parseInt(people.get(3)), "{\"managerId\":" + leftYesterday + "}");
        Admin.discardSnapshot(tenant.id());
        Scim.get("/Users?count=1", tenant.token());

        JsonObject one = warnings(tenant, "?limit=1");
        JsonObject none = warnings(tenant, "?limit=0");
        JsonObject inactive = warnings(tenant, "?reason=manager_inactive");

        assertThat(one.getInt("total")).isEqualTo(4);
        assertThat(one.getJsonArray("warnings")).hasSize(1);
        assertThat(none.getJsonArray("warnings")).isEmpty();
        assertThat(none.getJsonObject("counts")).isEqualTo(counts(3, 1, 0));
        assertThat(inactive.getJsonArray("warnings")).singleElement()
                .satisfies(warning -> assertThat(warning.asJsonObject().getJsonObject("person").getString("id"))
                        .isEqualTo(people.get(3)));
        for (String query : List.of("?limit=201", "?limit=-1", "?limit=abc", "?reason=LATE", "?limit=99999999999999999999")) {
            Http.Answer refused = Http.get(warningsOf(tenant) + query, Admin.operator());
            assertThat(refused.status()).as(query + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void withoutASnapshotForTheCurrentSettingsTheAnswerSaysSoWithoutReadingLucca() {
        Tenant tenant = tenant(Json.createObjectBuilder().add("luccaApiKey", Sandbox.READ_KEY));
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection",
                "{\"properties\":[\"manager\",\"jobTitle\"],\"groupTypes\":[]}", Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        Http.delete(Http.sandboxUrl() + "/sandbox/requests");

        Http.Answer answer = Http.get(warningsOf(tenant), Admin.operator());

        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).contains("Okta's next import");
        assertThat(Sandbox.requestLog().getJsonObject("byEndpoint")).as("Lucca is not read for it").isEmpty();
        Scim.get("/Users?count=1", tenant.token());
        assertThat(Http.get(warningsOf(tenant), Admin.operator()).status()).isEqualTo(200);
        assertThat(Http.get(Admin.tenants() + "/no-such-tenant/manager-warnings", Admin.operator()).status()).isEqualTo(404);
        assertThat(Http.get(warningsOf(tenant), Admin.as(Admin.MANON, Admin.MANON_PASSWORD)).status()).isEqualTo(403);
    }

    @Test
    void aClientThatSeesOneEstablishmentListsThePeopleWhoseManagerWorksInAnother() {
        Tenant tenant = tenant(Json.createObjectBuilder().add("luccaClientId", Sandbox.SITE1_CLIENT)
                .add("luccaClientSecret", Sandbox.SITE1_CLIENT + "-secret"));
        int elsewhere = Sandbox.get("/api/v3/users?fields=id,legalEntity[id]&paging=0,1000", Sandbox.ALL_KEY).json()
                .getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getJsonObject("legalEntity").getInt("id") != 1).findFirst().orElseThrow().getInt("id");
        Sandbox.changePerson(4, "{\"managerId\":" + elsewhere + "}");
        Admin.discardSnapshot(tenant.id());
        List<JsonObject> served = Scim.allUsers(tenant.token());

        JsonObject report = warnings(tenant, "?reason=MANAGER_NOT_LISTED");

        Map<String, JsonObject> listed = served.stream().collect(Collectors.toMap(user -> user.getString("id"), Function.identity()));
        Set<String> managedFromElsewhere = served.stream().filter(user -> managerOf(user) != null
                && !listed.containsKey(managerOf(user))).map(user -> user.getString("id")).collect(Collectors.toSet());
        long underInactive = served.stream().filter(user -> managerOf(user) != null && listed.containsKey(managerOf(user))
                && !listed.get(managerOf(user)).getBoolean("active")).count();
        assertThat(report.getInt("checked")).isEqualTo(served.size());
        assertThat(report.getJsonObject("counts")).isEqualTo(counts(managedFromElsewhere.size(), (int) underInactive, 0));
        Map<String, JsonObject> byPerson = byPerson(report);
        assertThat(byPerson).containsKey("4");
        assertThat(managedFromElsewhere).containsAll(byPerson.keySet());
        JsonObject moved = byPerson.get("4");
        assertThat(moved.getJsonObject("manager")).as("the client cannot see the manager's name")
                .isEqualTo(Json.createObjectBuilder().add("id", String.valueOf(elsewhere)).add("listed", false).build());
        assertThat(moved.getJsonObject("oktaReceives").getString("value")).isEqualTo(managerOf(listed.get("4")))
                .isEqualTo(String.valueOf(elsewhere));
        assertThat(Scim.get("/Users/" + elsewhere, tenant.token()).status()).isEqualTo(404);
    }

    /** A tenant on the sandbox with this access to Lucca, sending the manager to Okta, its snapshot built. */
    private static Tenant tenant(JsonObjectBuilder access) {
        JsonObject body = access.add("name", "Managers").add("technicalAdminEmail", "it@acme.example")
                .add("luccaBaseUrl", Http.sandboxUrl()).build();
        Http.Answer created = Http.post(Admin.tenants(), body.toString(), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Tenant tenant = new Tenant(created.json().getString("id"), created.json().getString("scimToken"));
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection", MANAGER_ONLY, Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        assertThat(Scim.get("/Users?count=1", tenant.token()).status()).isEqualTo(200);
        return tenant;
    }

    /** A hire in establishment 1, whose contract ends on {@code end} unless it is null. */
    private static String hire(String first, String last, LocalDate start, LocalDate end) {
        JsonObjectBuilder hire = Json.createObjectBuilder().add("firstName", first).add("lastName", last)
                .add("departmentId", 2).add("establishmentId", 1).add("startDate", start.toString());
        if (end != null) {
            hire.add("endDate", end.toString());
        }
        return hire.build().toString();
    }

    private static String warningsOf(Tenant tenant) {
        return Admin.tenants() + "/" + tenant.id() + "/manager-warnings";
    }

    private static JsonObject warnings(Tenant tenant, String query) {
        Http.Answer answer = Http.get(warningsOf(tenant) + query, Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject counts(int notListed, int inactive, int cycle) {
        return Json.createObjectBuilder().add("MANAGER_NOT_LISTED", notListed).add("MANAGER_INACTIVE", inactive)
                .add("MANAGER_CYCLE", cycle).build();
    }

    private static Map<String, JsonObject> byPerson(JsonObject report) {
        return report.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(warning -> warning.getJsonObject("person").getString("id"), Function.identity()));
    }

    private static JsonObject user(Tenant tenant, int id) {
        Http.Answer answer = Scim.get("/Users/" + id, tenant.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String managerOf(JsonObject user) {
        JsonObject extension = user.getJsonObject(ENTERPRISE);
        return extension == null || !extension.containsKey("manager") ? null
                : extension.getJsonObject("manager").getString("value");
    }
}
