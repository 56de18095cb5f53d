package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lucca sandbox behaves like Lucca where the connector depends on it: authentication, permissions,
 * the rate limit, employee visibility, partial updates, the organisation endpoints, and the test switches
 * that inject Lucca's faults. Everything goes over HTTP, as the connector sees it.
 */
@SharedServerTest
class LuccaSandboxIT {

    private static final String USERS = "/api/v3/users";

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void requestsWithoutAKnownLuccaKeyAreRefusedWith401() {
        Http.Answer missing = Http.get(Http.sandboxUrl() + USERS);
        Http.Answer unknown = Sandbox.get(USERS, "no-such-key");
        Http.Answer bearer = Http.get(Http.sandboxUrl() + USERS, "Authorization", "Bearer " + Sandbox.READ_KEY);

        assertThat(List.of(missing, unknown, bearer)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().getInt("Status")).isEqualTo(401);
            assertThat(answer.json().getString("Message")).isNotBlank();
        });
    }

    @Test
    void keyWithoutUsersReadGets403NamingThePermissionButStillSeesItsOwnPermissions() {
        Http.Answer users = Sandbox.get(USERS, Sandbox.NO_PERMISSION_KEY);
        Http.Answer current = Sandbox.get("/api/v3/apikeys/current", Sandbox.NO_PERMISSION_KEY);

        assertThat(users.status()).isEqualTo(403);
        assertThat(users.json().getString("Message")).contains("users.read");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().getJsonObject("data").getJsonArray("permissions")).isEmpty();
    }

    @Test
    void currentKeyListsItsPermissionCodes() {
        JsonObject all = Sandbox.get("/api/v3/apikeys/current", Sandbox.ALL_KEY).json().getJsonObject("data");
        JsonObject read = Sandbox.get("/api/v3/apikeys/current", Sandbox.READ_KEY).json().getJsonObject("data");

        assertThat(strings(all, "permissions"))
                .containsExactlyInAnyOrder("users.read", "users.readFuture", "users.edit", "departments.admin", "organization.edit");
        assertThat(strings(read, "permissions")).containsExactly("users.read");
    }

    @Test
    void fiftyRequestsAMinutePassAndTheNextGets429WithRetryAfter() {
        // Lucca's own limit; the shared test server runs with a higher one (test.properties).
        Sandbox.setFaults("{\"rateLimitPerMinute\": 50}");
        for (int i = 0; i < 50; i++) {
            assertThat(Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status()).as("request %d", i + 1).isEqualTo(200);
        }

        Http.Answer over = Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);

        assertThat(over.status()).isEqualTo(429);
        assertThat(Integer.parseInt(over.retryAfter())).isBetween(1, 60);
        assertThat(Sandbox.requestLog().getJsonObject("byStatus").getInt("429")).isEqualTo(1);
    }

    @Test
    void aLowerRateLimitCanBeSwitchedOn() {
        Sandbox.setFaults("{\"rateLimitPerMinute\": 3}");

        List<Integer> statuses = IntStream.range(0, 4)
                .mapToObj(i -> Sandbox.get("/api/v3/apikeys/current", Sandbox.READ_KEY).status())
                .toList();

        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    @Test
    void futureEmployeesAreHiddenFromAKeyWithoutViewFutureEmployees() {
        LocalDate today = today();
        List<JsonObject> withFuture = users(Sandbox.FUTURE_KEY, "");
        List<JsonObject> withoutFuture = users(Sandbox.READ_KEY, "");
        Set<Long> future = idsWhere(withFuture, "dtContractStart", start -> start.isAfter(today));

        assertThat(future).isNotEmpty();
        assertThat(withoutFuture).hasSize(withFuture.size() - future.size());
        assertThat(ids(withoutFuture)).doesNotContainAnyElementsOf(future);
        long oneOfThem = future.iterator().next();
        assertThat(Sandbox.get(USERS + "/" + oneOfThem, Sandbox.READ_KEY).status()).isEqualTo(404);
        assertThat(Sandbox.get(USERS + "/" + oneOfThem, Sandbox.FUTURE_KEY).status()).isEqualTo(200);
    }

    @Test
    void aKeyThatLosesViewFutureEmployeesNoLongerSeesThemUntilReset() {
        LocalDate today = today();
        Set<Long> future = idsWhere(users(Sandbox.FUTURE_KEY, ""), "dtContractStart", start -> start.isAfter(today));
        long oneOfThem = future.iterator().next();

        Http.Answer changed = changePermissions(Sandbox.FUTURE_KEY, "{\"permissions\":[\"users.read\"]}");
        List<JsonObject> withoutFuture = users(Sandbox.FUTURE_KEY, "");
        Http.Answer byId = Sandbox.get(USERS + "/" + oneOfThem, Sandbox.FUTURE_KEY);
        JsonObject current = Sandbox.get("/api/v3/apikeys/current", Sandbox.FUTURE_KEY).json().getJsonObject("data");
        Sandbox.reset();

        assertThat(future).isNotEmpty();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("key")).isEqualTo(Sandbox.FUTURE_KEY);
        assertThat(changed.json().getInt("id")).isEqualTo(2);
        assertThat(changed.json().getString("name")).isEqualTo("Okta read + future employees");
        assertThat(strings(changed.json(), "permissions")).containsExactly("users.read");
        assertThat(ids(withoutFuture)).isNotEmpty().doesNotContainAnyElementsOf(future);
        assertThat(byId.status()).isEqualTo(404);
        assertThat(strings(current, "permissions")).containsExactly("users.read");
        assertThat(idsWhere(users(Sandbox.FUTURE_KEY, ""), "dtContractStart", start -> start.isAfter(today)))
                .as("after a reset").isEqualTo(future);
    }

    @Test
    void aKeysPermissionsChangeAtItsNextRequest() {
        String created = createKey("users.read");

        Http.Answer gained = changePermissions(Sandbox.READ_KEY,
                "{\"permissions\":[\"users.read\",\"users.readFuture\"]}");
        int withFuture = users(Sandbox.READ_KEY, "").size();
        Http.Answer lost = changePermissions(created, "{\"permissions\":[]}");
        Http.Answer refused = Sandbox.get(USERS, created);

        assertThat(gained.status()).as(gained.body()).isEqualTo(200);
        assertThat(withFuture).isEqualTo(users(Sandbox.FUTURE_KEY, "").size());
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat(lost.json().getString("key")).isEqualTo(created);
        assertThat(lost.json().getJsonArray("permissions")).isEmpty();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("Message")).contains("users.read");
    }

    @Test
    void changingAnUnknownKeyIs404AndABadBodyA400ThatChangesNothing() {
        Http.Answer unknown = changePermissions("sbx-nobody", "{\"permissions\":[\"users.read\"]}");
        List<Http.Answer> refused = Stream.of("{}", "{\"permissions\":\"users.read\"}",
                        "{\"permissions\":[\"users.fly\"]}", "{\"permissions\":[1]}", "{\"permissions\":null}",
                        "{\"permissions\":[],\"name\":\"x\"}", "[]", "{", "")
                .map(body -> changePermissions(Sandbox.FUTURE_KEY, body)).toList();

        Sandbox.assertRefused(404, List.of(unknown));
        Sandbox.assertRefused(400, refused);
        assertThat(strings(Sandbox.get("/api/v3/apikeys/current", Sandbox.FUTURE_KEY).json().getJsonObject("data"),
                "permissions")).containsExactlyInAnyOrder("users.read", "users.readFuture");
    }

    @Test
    void formerEmployeesAppearOnlyWhenAskedFor() {
        LocalDate today = today();
        List<JsonObject> current = users(Sandbox.READ_KEY, "");
        List<JsonObject> withFormer = users(Sandbox.READ_KEY, "&formerEmployees=true");
        Set<Long> former = idsWhere(withFormer, "dtContractEnd", end -> end.isBefore(today));

        assertThat(former).isNotEmpty();
        assertThat(withFormer).hasSize(current.size() + former.size());
        assertThat(ids(current)).doesNotContainAnyElementsOf(former);
    }

    @Test
    void readmeExampleReturnsLuccaShapedUsersWithNestedFieldsAndCount() {
        Http.Answer answer = Sandbox.get(USERS + "?fields=id,firstName,lastName,mail,login,department[id,name],collection.count"
                + "&paging=0,5", Sandbox.READ_KEY);

        JsonObject data = answer.json().getJsonObject("data");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().containsKey("header")).isTrue();
        assertThat(data.getJsonArray("items")).hasSize(5);
        assertThat(data.getInt("count")).isGreaterThan(5);
        JsonObject first = data.getJsonArray("items").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "firstName", "lastName", "mail", "login", "department");
        assertThat(first.getJsonObject("department").keySet()).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void partialUpdateNeedsEditUserFileAndChangesOnlyTheGivenFields() {
        long id = users(Sandbox.READ_KEY, "").get(0).getJsonNumber("id").longValue();
        String url = Http.sandboxUrl() + USERS + "/" + id;
        JsonObject was = Sandbox.get(USERS + "/" + id + "?fields=firstName,lastName,jobTitle", Sandbox.READ_KEY)
                .json().getJsonObject("data");

        Http.Answer refused = Http.put(url, "{\"jobTitle\":\"Chief Okta Officer\"}", Sandbox.auth(Sandbox.READ_KEY));
        Http.Answer accepted = Http.put(url, "{\"jobTitle\":\"Chief Okta Officer\"}", Sandbox.auth(Sandbox.ALL_KEY));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("Message")).contains("users.edit");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonObject after = Sandbox.get(USERS + "/" + id + "?fields=firstName,lastName,jobTitle", Sandbox.READ_KEY)
                .json().getJsonObject("data");
        assertThat(after.getString("jobTitle")).isEqualTo("Chief Okta Officer");
        assertThat(after.getString("firstName")).isEqualTo(was.getString("firstName"));
        assertThat(after.getString("lastName")).isEqualTo(was.getString("lastName"));
    }

    @Test
    void updatesAreRefusedWholeForReadOnlyFieldsBadValuesAndMissingOrganisationPermissions() {
        long id = users(Sandbox.READ_KEY, "").get(0).getJsonNumber("id").longValue();
        String url = Http.sandboxUrl() + USERS + "/" + id;
        String editOnly = createKey("users.read", "users.edit");
        JsonObject user = Sandbox.get(USERS + "/" + id + "?fields=departmentId,legalEntityId", Sandbox.READ_KEY)
                .json().getJsonObject("data");
        long otherDepartment = otherId(Sandbox.get("/organization/structure/api/departments", Sandbox.READ_KEY).json()
                .getJsonArray("items"), user.getJsonNumber("departmentId").longValue());
        long otherEstablishment = otherId(Sandbox.get("/organization/structure/api/establishments", Sandbox.READ_KEY).json()
                .getJsonArray("items"), user.getJsonNumber("legalEntityId").longValue());

        Http.Answer readOnly = Http.put(url, "{\"jobTitle\":\"X\",\"theoreticalCompensation\":1}", Sandbox.auth(Sandbox.ALL_KEY));
        Http.Answer badMail = Http.put(url, "{\"jobTitle\":\"X\",\"mail\":\"not-a-mail\"}", Sandbox.auth(Sandbox.ALL_KEY));
        Http.Answer department = Http.put(url, "{\"departmentId\":" + otherDepartment + "}", Sandbox.auth(editOnly));
        Http.Answer legalEntity = Http.put(url, "{\"legalEntityId\":" + otherEstablishment + "}", Sandbox.auth(editOnly));

        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(readOnly.json().getString("Message")).contains("theoreticalCompensation");
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(department.status()).isEqualTo(403);
        assertThat(department.json().getString("Message")).contains("departments.admin");
        assertThat(legalEntity.status()).isEqualTo(403);
        assertThat(legalEntity.json().getString("Message")).contains("organization.edit");
        String jobTitle = Sandbox.get(USERS + "/" + id + "?fields=jobTitle", Sandbox.READ_KEY).json().getJsonObject("data")
                .get("jobTitle").toString();
        assertThat(jobTitle).isNotEqualTo("\"X\"");
    }

    @Test
    void editingNeedsReadingAndFarPagesAreEmpty() {
        long id = users(Sandbox.READ_KEY, "").get(0).getJsonNumber("id").longValue();
        String editWithoutRead = createKey("users.edit");

        Http.Answer put = Http.put(Http.sandboxUrl() + USERS + "/" + id, "{\"jobTitle\":\"X\"}", Sandbox.auth(editWithoutRead));
        Http.Answer farPage = Sandbox.get("/organization/structure/api/establishments?page=21474838&limit=100", Sandbox.READ_KEY);

        assertThat(put.status()).isEqualTo(403);
        assertThat(put.json().getString("Message")).contains("users.read");
        assertThat(farPage.status()).as(farPage.body()).isEqualTo(200);
        assertThat(farPage.json().getJsonArray("items")).isEmpty();
    }

    @Test
    void organisationListsArePagedWithPrevAndNextAndLimitedTo100() {
        Http.Answer first = Sandbox.get("/organization/structure/api/establishments?page=1&limit=2", Sandbox.READ_KEY);
        Http.Answer tooMany = Sandbox.get("/organization/structure/api/establishments?page=1&limit=101", Sandbox.READ_KEY);
        Http.Answer units = Sandbox.get("/organization/structure/api/legal-units?page=1&limit=100", Sandbox.READ_KEY);
        Http.Answer countries = Sandbox.get("/organization/structure/api/countries", Sandbox.READ_KEY);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getJsonArray("items")).hasSize(2);
        assertThat(first.json().isNull("prev")).isTrue();
        assertThat(first.json().getString("next")).contains("page=2");
        assertThat(first.json().getInt("count")).isGreaterThan(2);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(units.json().getInt("count")).isGreaterThanOrEqualTo(3);
        assertThat(countries.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code")).hasSizeGreaterThanOrEqualTo(2).allMatch(code -> code.length() == 3);
    }

    @Test
    void theRetiredDepartmentAndLegalEntityRoutesAnswerGoneWithAProblem() {
        for (String retired : List.of("/api/v3/departments", "/api/v3/departments/1", "/api/v3/departments/tree",
                "/api/v3/legalentities", "/api/v3/legalentities/1")) {
            Http.Answer answer = Sandbox.get(retired + "?fields=id,name", Sandbox.READ_KEY);

            assertThat(answer.status()).as(retired).isEqualTo(410);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().getInt("status")).isEqualTo(410);
            assertThat(answer.json().getString("detail")).contains(retired, "/organization/structure/api/departments");
        }
        assertThat(Sandbox.get("/api/v3/departments", "no-such-key").status()).as("a key first").isEqualTo(401);
    }

    @Test
    void departmentsComeFromTheOrganisationStructureApiAsATreeThatHoldsEveryonesDepartment() {
        Http.Answer first = Sandbox.get("/organization/structure/api/departments?page=1&limit=3", Sandbox.READ_KEY);
        Http.Answer all = Sandbox.get("/organization/structure/api/departments?page=1&limit=100", Sandbox.READ_KEY);
        Http.Answer tooMany = Sandbox.get("/organization/structure/api/departments?page=1&limit=101", Sandbox.READ_KEY);

        List<JsonObject> departments = all.json().getJsonArray("items").getValuesAs(JsonObject.class);
        Map<Long, JsonObject> byId = departments.stream()
                .collect(Collectors.toMap(d -> d.getJsonNumber("id").longValue(), d -> d));
        assertThat(first.json().getJsonArray("items")).hasSize(3);
        assertThat(first.json().getInt("count")).isEqualTo(departments.size()).isGreaterThan(3);
        assertThat(first.json().getString("next")).contains("page=2");
        assertThat(all.json().isNull("next")).isTrue();
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(departments).filteredOn(d -> d.isNull("parentId")).hasSize(1);
        for (JsonObject department : departments) {
            String hierarchy = department.getString("hierarchy");
            long id = department.getJsonNumber("id").longValue();
            assertThat(hierarchy).as("path of ids from the root").matches("/([0-9]+/)+").endsWith("/" + id + "/");
            if (!department.isNull("parentId")) {
                JsonObject parent = byId.get(department.getJsonNumber("parentId").longValue());
                assertThat(hierarchy).isEqualTo(parent.getString("hierarchy") + id + "/");
            }
        }
        assertThat(Sandbox.get(USERS + "?fields=id,department[id,name]&paging=0,1000", Sandbox.READ_KEY).json()
                .getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(user -> !user.isNull("department")).isNotEmpty()
                .allSatisfy(user -> assertThat(byId.get(user.getJsonObject("department").getJsonNumber("id").longValue())
                        .getString("name")).isEqualTo(user.getJsonObject("department").getString("name")));
    }

    @Test
    void requestLogCountsEachEndpoint() {
        Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);
        Sandbox.get(USERS + "?paging=1,1", Sandbox.READ_KEY);
        Sandbox.get(USERS + "/1", Sandbox.READ_KEY);
        Sandbox.get("/organization/structure/api/departments", Sandbox.READ_KEY);

        JsonObject log = Sandbox.requestLog();

        assertThat(log.getInt("total")).isEqualTo(4);
        assertThat(log.getJsonObject("byEndpoint").getInt("GET /api/v3/users")).isEqualTo(2);
        assertThat(log.getJsonObject("byEndpoint").getInt("GET /api/v3/users/{id}")).isEqualTo(1);
        assertThat(log.getJsonObject("byEndpoint").getInt("GET /organization/structure/api/departments")).isEqualTo(1);
    }

    @Test
    void errorBurstsAnswerTheChosenStatusThenRecover() {
        Sandbox.setFaults("{\"errorStatus\": 503, \"errorCount\": 2}");

        List<Integer> statuses = IntStream.range(0, 3)
                .mapToObj(i -> Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status())
                .toList();

        assertThat(statuses).containsExactly(503, 503, 200);
    }

    @Test
    void rateLimitStormsAnswer429WithTheChosenRetryAfter() {
        Sandbox.setFaults("{\"rateLimitStormCount\": 1, \"retryAfterSeconds\": 7}");

        Http.Answer storm = Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);

        assertThat(storm.status()).isEqualTo(429);
        assertThat(storm.retryAfter()).isEqualTo("7");
        assertThat(Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void requestsSlowerThanTheTimeoutAnswer408() {
        Sandbox.setFaults("{\"timeoutMillis\": 300, \"latencyMillis\": 2000}");

        Http.Answer slow = Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);

        assertThat(slow.status()).isEqualTo(408);
        Sandbox.setFaults("{\"latencyMillis\": 0, \"timeoutCount\": 1}");
        assertThat(Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status()).isEqualTo(408);
        assertThat(Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void connectionResetsReachTheClientAsIoErrors() {
        Sandbox.setFaults("{\"resetCount\": 1}");

        assertThatThrownBy(() -> Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY)).isInstanceOf(UncheckedIOException.class);
        assertThat(Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void aRouteAnnouncedDeprecatedCarriesDeprecationAndSunsetOnEveryAnswerUntilAReset() {
        String deprecations = Http.sandboxUrl() + "/sandbox/deprecations";
        String sunset = "Wed, 30 Sep 2026 23:59:59 GMT";
        Http.Answer announced = Http.put(deprecations, """
                {"route": "GET /api/v3/users/13", "deprecation": "@1767225600", "sunset": "%s"}""".formatted(sunset));
        Http.Answer noEndYet = Http.put(deprecations, "{\"route\": \"GET /api/v3/roles\", \"deprecation\": \"@1767225600\"}");
        List<Http.Answer> refused = Stream.of("{", "[]", "{}", "{\"deprecation\": \"@1767225600\"}",
                "{\"route\": \"/api/v3/users\", \"deprecation\": \"@1767225600\"}",
                "{\"route\": \"GET /api/v3/users\", \"deprecation\": 1767225600}",
                "{\"route\": \"GET /api/v3/users\", \"deprecation\": \"@1767225600\", \"until\": \"2026-09-30\"}",
                "{\"route\": \"GET /api/v3/users\", \"deprecation\": \"" + "9".repeat(1001) + "\"}")
                .map(body -> Http.put(deprecations, body)).toList();

        Http.Answer user = Sandbox.get(USERS + "/1?fields=id", Sandbox.READ_KEY);
        Http.Answer unauthorised = Sandbox.get(USERS + "/1?fields=id", "no-such-key");
        Http.Answer roles = Sandbox.get("/api/v3/roles", Sandbox.READ_KEY);
        Http.Answer list = Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);
        Http.Answer write = Http.put(Http.sandboxUrl() + USERS + "/1", "{\"jobTitle\":\"X\"}", Sandbox.auth(Sandbox.READ_KEY));

        assertThat(announced.status()).as(announced.body()).isEqualTo(200);
        assertThat(noEndYet.json()).isEqualTo(Http.Answer.json("""
                {"deprecations": [
                    {"route": "GET /api/v3/roles", "deprecation": "@1767225600", "sunset": null},
                    {"route": "GET /api/v3/users/{id}", "deprecation": "@1767225600", "sunset": "%s"}]}""".formatted(sunset)));
        Sandbox.assertRefused(400, refused);
        assertThat(Http.get(deprecations).json()).as("nothing refused was announced").isEqualTo(noEndYet.json());
        assertThat(List.of(user, unauthorised)).allSatisfy(answer -> {
            assertThat(answer.header("Deprecation")).isEqualTo("@1767225600");
            assertThat(answer.header("Sunset")).isEqualTo(sunset);
        });
        assertThat(List.of(user.status(), unauthorised.status(), write.status())).containsExactly(200, 401, 403);
        assertThat(roles.header("Deprecation")).isEqualTo("@1767225600");
        assertThat(roles.header("Sunset")).as("no end date yet").isNull();
        assertThat(List.of(list, write)).allSatisfy(answer -> {
            assertThat(answer.header("Deprecation")).as("another route").isNull();
            assertThat(answer.header("Sunset")).isNull();
        });
        Sandbox.reset();
        assertThat(Http.get(deprecations).json().getJsonArray("deprecations")).isEmpty();
        assertThat(Sandbox.get(USERS + "/1?fields=id", Sandbox.READ_KEY).header("Deprecation")).isNull();
    }

    @Test
    void resetRestoresTheInitialData() {
        long id = users(Sandbox.READ_KEY, "").get(0).getJsonNumber("id").longValue();
        JsonObject original = Sandbox.get(USERS + "/" + id + "?fields=jobTitle", Sandbox.READ_KEY).json().getJsonObject("data");
        Http.put(Http.sandboxUrl() + USERS + "/" + id, "{\"jobTitle\":\"Temporary\"}", Sandbox.auth(Sandbox.ALL_KEY));

        Sandbox.reset();

        assertThat(Sandbox.get(USERS + "/" + id + "?fields=jobTitle", Sandbox.READ_KEY).json().getJsonObject("data"))
                .isEqualTo(original);
    }

    private static List<JsonObject> users(String key, String extraQuery) {
        Http.Answer answer = Sandbox.get(USERS + "?fields=id,dtContractStart,dtContractEnd&paging=0,1000" + extraQuery, key);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Ids of the users whose date field is set and passes the test. */
    private static Set<Long> idsWhere(List<JsonObject> users, String dateField, Predicate<LocalDate> test) {
        return ids(users.stream()
                .filter(u -> !u.isNull(dateField) && test.test(LocalDateTime.parse(u.getString(dateField)).toLocalDate()))
                .toList());
    }

    private static Set<Long> ids(List<JsonObject> users) {
        return users.stream().map(u -> u.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private static LocalDate today() {
        return LocalDate.parse(Sandbox.info().getString("today"));
    }

    /** The id of an active, non-archived item other than the given one. */
    private static long otherId(JsonArray items, long not) {
        return items.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getBoolean("isActive", true) && !i.getBoolean("isArchived", false))
                .mapToLong(i -> i.getJsonNumber("id").longValue())
                .filter(i -> i != not)
                .findFirst()
                .orElseThrow();
    }

    private static String createKey(String... permissions) {
        String list = Arrays.stream(permissions).map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
        Http.Answer created = Http.post(Http.sandboxUrl() + "/sandbox/apikeys", "{\"name\":\"test\",\"permissions\":[" + list + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("key");
    }

    private static Http.Answer changePermissions(String key, String body) {
        return Http.put(Http.sandboxUrl() + "/sandbox/apikeys/" + key + "/permissions", body);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
