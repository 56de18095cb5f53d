package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each publication of a tenant's snapshot records what it changed for Okta: changes made in the sandbox's Lucca (a new
 * job title, a leaver, a move between departments, a hire), read again at an administrator's request, are listed
 * exactly — by the administration API as JSON and as CSV — with the attributes that changed and the department groups'
 * members. All over HTTP: the sandbox's own calls, the administration API and SCIM as Okta reads it.
 */
@SharedServerTest
class ChangeLogIT {

    private static final String SELECTION = "{\"properties\":[\"jobTitle\",\"department\"],\"groupTypes\":[\"LUCCA_DEPT\"]}";
    private static final String DEPARTMENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department";
    private static final String DEPARTMENT_GROUP = "LUCCA_DEPT_";

    private record Tenant(String id, String token) {
        String changes() {
            return Admin.tenants() + "/" + id + "/changes";
        }
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void aReadOfLuccaRecordsExactlyTheChangesMadeThereAsJsonAndAsCsv() {
        Tenant tenant = tenant();
        Map<String, String> departmentOf = departments(tenant);
        List<String> people = Scim.allUsers(tenant.token()).stream().filter(user -> user.getBoolean("active"))
                .map(user -> user.getString("id")).filter(departmentOf::containsKey).toList();
        String promoted = people.get(0);
        String leaver = people.get(1);
        String mover = people.get(2);
        String from = departmentOf.get(mover);
        String to = departmentOf.values().stream().filter(group -> !group.equals(from)).findFirst().orElseThrow();

        Sandbox.changePerson(Integer.parseInt(promoted), "{\"jobTitle\":\"Chief Change Officer\"}");
        Sandbox.changePerson(Integer.parseInt(leaver), "{\"endDate\":\"" + LocalDate.now().minusDays(1) + "\"}");
        Sandbox.changePerson(Integer.parseInt(mover), "{\"departmentId\":" + luccaId(to) + "}");
        String hire = String.valueOf(Sandbox.hire("{\"firstName\":\"=Ada\",\"lastName\":\"Lovelace, Jr\",\"departmentId\":"
                + luccaId(to) + ",\"establishmentId\":1,\"startDate\":\"" + LocalDate.now().minusDays(30) + "\"}"));
        Instant asked = Instant.now();
        recheck(tenant);
        JsonObject publication = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> publishedAfter(tenant, asked), Optional::isPresent).orElseThrow();

        assertThat(publication.getString("source")).isEqualTo("FULL_READ");
        assertThat(publication.getBoolean("firstSnapshot")).isFalse();
        assertThat(publication.getJsonObject("counts")).isEqualTo(Json.createObjectBuilder().add("ADDED", 1).add("CHANGED", 2)
                .add("DEACTIVATED", 1).add("REACTIVATED", 0).add("REMOVED", 0).add("GROUP_ADDED", 0).add("GROUP_REMOVED", 0)
                .add("GROUP_CHANGED", 2).build());
        assertThat(publication.getInt("listed")).isEqualTo(6);
        assertThat(describe(publication)).containsExactlyInAnyOrder(
                "CHANGED User " + promoted + " [title]",
                "DEACTIVATED User " + leaver + " [active]",
                "CHANGED User " + mover + " [" + DEPARTMENT + "]",
                "ADDED User " + hire + " []",
                "GROUP_CHANGED Group " + from + " [members] +[] -[" + mover + "]",
                "GROUP_CHANGED Group " + to + " [members] +[" + mover + ", " + hire + "] -[]");
        assertThat(change(publication, hire).getString("name")).isEqualTo("=Ada Lovelace, Jr");

        List<List<String>> rows = csv(tenant).stream().filter(row -> row.get(0).equals(publication.getString("publishedAt")))
                .toList();
        assertThat(rows).extracting(row -> String.join("|", row)).containsExactlyInAnyOrder(
                line(publication, "CHANGED", "User", promoted, name(tenant, promoted), "title", "", "", "", ""),
                line(publication, "DEACTIVATED", "User", leaver, name(tenant, leaver), "active", "", "", "", ""),
                line(publication, "CHANGED", "User", mover, name(tenant, mover), DEPARTMENT, "", "", "", ""),
                line(publication, "ADDED", "User", hire, "'=Ada Lovelace, Jr", "", "", "", "", ""),
                line(publication, "GROUP_CHANGED", "Group", from, groupName(publication, from), "members", "0", "1", "", mover),
                line(publication, "GROUP_CHANGED", "Group", to, groupName(publication, to), "members", "2", "0",
                        mover + " " + hire, ""));
    }

    @Test
    void badParametersAreRefusedWithAProblemAndAnUnknownTenantIsNotFound() {
        Tenant tenant = tenant();

        for (String query : List.of("?days=0", "?days=366", "?days=seven", "?count=0", "?count=101", "?offset=-1",
                "?offset=1e3", "?count=")) {
            Http.Answer answer = Http.get(tenant.changes() + query, Admin.operator());
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().getString("detail")).as(query).isNotBlank();
        }
        Http.Answer csv = Http.get(tenant.changes() + ".csv?days=%3D1", Admin.operator());
        assertThat(csv.status()).as(csv.body()).isEqualTo(400);
        assertThat(csv.json().getString("detail")).isEqualTo("days must be a whole number from 1 to 365");
        assertThat(Http.get(Admin.tenants() + "/no-such-tenant/changes", Admin.operator()).status()).isEqualTo(404);
        assertThat(Http.get(tenant.changes(), Admin.as(Admin.MANON, Admin.MANON_PASSWORD)).status()).isEqualTo(403);
    }

    /** A tenant on the sandbox's Lucca with job titles, departments and their groups, read once. */
    private static Tenant tenant() {
        JsonObject created = Admin.createTenant(Sandbox.READ_KEY);
        Tenant tenant = new Tenant(created.getString("id"), created.getString("scimToken"));
        Http.Answer selected = Http.put(Admin.tenants() + "/" + tenant.id() + "/selection", SELECTION, Admin.operator());
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        return tenant;
    }

    private static void recheck(Tenant tenant) {
        Http.Answer answer = Http.post(Admin.tenants() + "/" + tenant.id() + "/safeguard/recheck", "", Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** The department group of each person. */
    private static Map<String, String> departments(Tenant tenant) {
        JsonObject groups = Scim.get("/Groups?count=1000", tenant.token()).json();
        return groups.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("id").startsWith(DEPARTMENT_GROUP) && group.containsKey("members"))
                .flatMap(group -> group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .map(member -> Map.entry(member.getString("value"), group.getString("id"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String luccaId(String departmentGroup) {
        return departmentGroup.substring(DEPARTMENT_GROUP.length());
    }

    /** The one publication recorded since {@code asked}, if there is one yet; more than one fails. */
    private static Optional<JsonObject> publishedAfter(Tenant tenant, Instant asked) {
        Http.Answer answer = Http.get(tenant.changes() + "?days=1", Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonObject> since = answer.json().getJsonArray("publications").getValuesAs(JsonObject.class).stream()
                .filter(publication -> Instant.parse(publication.getString("publishedAt")).isAfter(asked)).toList();
        assertThat(since).as("publications since the recheck").hasSizeLessThanOrEqualTo(1);
        return since.stream().findFirst();
    }

    private static List<String> describe(JsonObject publication) {
        return publication.getJsonArray("changes").getValuesAs(JsonObject.class).stream().map(change -> {
            String text = change.getString("kind") + " " + change.getString("resourceType") + " " + change.getString("id")
                    + " " + strings(change, "attributes");
            return change.containsKey("membersAdded") ? text + " +" + members(change, "membersAdded") + " -"
                    + members(change, "membersRemoved") : text;
        }).toList();
    }

    private static List<String> strings(JsonObject change, String name) {
        return change.containsKey(name) ? change.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }

    private static List<String> members(JsonObject change, String name) {
        JsonObject members = change.getJsonObject(name);
        List<String> ids = strings(members, "ids");
        assertThat(members.getInt("count")).isEqualTo(ids.size());
        return ids;
    }

    private static JsonObject change(JsonObject publication, String id) {
        return publication.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(change -> change.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static String groupName(JsonObject publication, String id) {
        return change(publication, id).getString("name");
    }

    private static String name(Tenant tenant, String id) {
        return Scim.get("/Users/" + id, tenant.token()).json().getString("displayName");
    }

    private static String line(JsonObject publication, String... cells) {
        List<String> row = new ArrayList<>(List.of(publication.getString("publishedAt"), publication.getString("source")));
        row.addAll(Arrays.asList(cells));
        return String.join("|", row);
    }

    /** The CSV's records after its header, each cell unquoted as RFC 4180 says. */
    private static List<List<String>> csv(Tenant tenant) {
        Http.Answer answer = Http.get(tenant.changes() + ".csv?days=1", Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/csv");
        assertThat(answer.body()).startsWith("published_at,source,kind,resource_type,id,name,attributes,members_added,"
                + "members_removed,added_member_ids,removed_member_ids\r\n");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String body = answer.body();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return records.subList(1, records.size());
    }
}
