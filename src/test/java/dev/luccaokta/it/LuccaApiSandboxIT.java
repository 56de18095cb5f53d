package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's Lucca API (v5) behaves as Lucca documents it where a directory sync depends on it: the OAuth token
 * endpoint, the per-request token, scope and {@code Api-Version} checks, cursor paging with includes, filters,
 * ETags, business-establishment restrictions, one rate budget shared with the legacy routes, and one data set seen
 * through both the legacy {@code /api/v3/users} and the v5 resources. Everything goes over HTTP.
 */
@SharedServerTest
class LuccaApiSandboxIT {

    private static final String USERS = "/api/v3/users";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String LEGACY_FIELDS = "id,firstName,lastName,mail,employeeNumber,directLine,departmentId,"
            + "managerId,legalEntityId,dtContractStart,dtContractEnd,jobTitle,modifiedOn,gender,birthDate,nationality,"
            + "personalMobile,personalEmail";

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    // --- token endpoint -------------------------------------------------------------------------------------------

    @Test
    void theTokenEndpointIssuesThirtyMinuteBearerTokensForTheGrantedOrAskedScopes() {
        Http.Answer all = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id", Sandbox.ALL_CLIENT,
                "client_secret", "sbx-client-all-secret");
        Http.Answer narrowed = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id",
                Sandbox.DIRECTORY_CLIENT, "client_secret", "sbx-client-directory-secret",
                "scope", "employees.readonly departments.readonly");

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("application/json");
        assertThat(all.header("Cache-Control")).isEqualTo("no-store");
        assertThat(all.json().getString("token_type")).isEqualTo("Bearer");
        assertThat(all.json().getInt("expires_in")).isEqualTo(1800);
        assertThat(all.json().getString("access_token")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(all.json().getString("scope").split(" ")).contains("employees.readonly", "employments.readonly",
                "job-positions.readonly", "departments.readonly", "business-establishments.readonly",
                "legal-entities.readonly", "employee-personal-records.readonly", "webhook-endpoints.readwrite");
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
        assertThat(narrowed.json().getString("scope").split(" "))
                .containsExactlyInAnyOrder("employees.readonly", "departments.readonly");
        assertThat(narrowed.json().getString("access_token")).isNotEqualTo(all.json().getString("access_token"));

        String token = narrowed.json().getString("access_token");
        assertThat(Sandbox.v5("/employees?limit=1", token).status()).isEqualTo(200);
        Http.Answer outsideAskedScopes = Sandbox.v5("/employments?limit=1", token);
        assertThat(outsideAskedScopes.status()).as("a scope the client has but did not ask for").isEqualTo(403);
        assertThat(outsideAskedScopes.json().getString("detail")).contains("employments.readonly");
    }

    @Test
    void theTokenEndpointRefusesWithOAuthErrors() {
        Http.Answer wrongSecret = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id",
                Sandbox.ALL_CLIENT, "client_secret", "sbx-client-directory-secret");
        Http.Answer unknownClient = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id",
                "sbx-client-nobody", "client_secret", "sbx-client-nobody-secret");
        Http.Answer notGranted = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id",
                Sandbox.DIRECTORY_CLIENT, "client_secret", "sbx-client-directory-secret",
                "scope", "employees.readonly employee-personal-records.readonly");
        Http.Answer password = Sandbox.tokenRequest("grant_type", "password", "client_id", Sandbox.ALL_CLIENT,
                "client_secret", "sbx-client-all-secret");
        Http.Answer noSecret = Sandbox.tokenRequest("grant_type", "client_credentials", "client_id", Sandbox.ALL_CLIENT);
        Http.Answer noGrantType = Sandbox.tokenRequest("client_id", Sandbox.ALL_CLIENT,
                "client_secret", "sbx-client-all-secret");

        assertThat(Map.of("invalid_client", List.of(wrongSecret, unknownClient), "invalid_scope", List.of(notGranted),
                "unsupported_grant_type", List.of(password), "invalid_request", List.of(noSecret, noGrantType)))
                .allSatisfy((error, answers) -> assertThat(answers).allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
                    assertThat(answer.header("Content-Type")).startsWith("application/json");
                    assertThat(answer.json().getString("error")).isEqualTo(error);
                    assertThat(answer.json().containsKey("access_token")).isFalse();
                }));
        assertThat(notGranted.json().getString("error_description")).contains("employee-personal-records.readonly")
                .doesNotContain("employees.readonly");
    }

    @Test
    void theTokenEndpointTakesOnlyAForm() {
        String json = """
                {"grant_type":"client_credentials","client_id":"sbx-client-all","client_secret":"sbx-client-all-secret"}""";

        Http.Answer answer = Http.post(Http.sandboxUrl() + "/connect/token", json);

        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.body()).doesNotContain("access_token");
    }

    // --- per-request checks ---------------------------------------------------------------------------------------

    @Test
    void requestsWithoutALiveBearerTokenGet401WithAChallenge() {
        String url = Http.sandboxUrl() + "/lucca-api/employees";
        Http.Answer none = Http.get(url, "Api-Version", Sandbox.API_VERSION);
        Http.Answer unknown = Sandbox.v5("/employees", "not-a-token-the-sandbox-issued");
        Http.Answer apiKey = Http.get(url, "Api-Version", Sandbox.API_VERSION,
                "Authorization", "lucca application=" + Sandbox.ALL_KEY);
        Http.Answer keyAsBearer = Sandbox.v5("/employees", Sandbox.ALL_KEY);

        assertThat(List.of(none, unknown, apiKey, keyAsBearer)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(answer.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(answer.json().getInt("status")).isEqualTo(401);
            assertThat(answer.json().getString("detail")).contains("Bearer");
        });
    }

    @Test
    void revokedTokensGet401AndNewOnesWork() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        assertThat(Sandbox.v5("/employees/1", token).status()).isEqualTo(200);

        Http.Answer revoked = Http.delete(Http.sandboxUrl() + "/sandbox/tokens");
        Http.Answer afterRevoke = Sandbox.v5("/employees/1", token);
        String fresh = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        Http.Answer withFresh = Sandbox.v5("/employees/1", fresh);
        Sandbox.reset();
        Http.Answer afterReset = Sandbox.v5("/employees/1", fresh);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().getInt("revoked")).isEqualTo(1);
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(withFresh.status()).isEqualTo(200);
        assertThat(afterReset.status()).as("a reset ends tokens too").isEqualTo(401);
    }

    @Test
    void apiVersionIsRequiredAndNoEarlierThanTheFirstVersion() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        String url = Http.sandboxUrl() + "/lucca-api/employees?limit=1";
        String bearer = "Bearer " + token;

        Http.Answer missing = Http.get(url, "Authorization", bearer);
        Http.Answer tooEarly = Http.get(url, "Authorization", bearer, "Api-Version", "2023-01-01");
        Http.Answer notADate = Http.get(url, "Authorization", bearer, "Api-Version", "latest");
        Http.Answer first = Http.get(url, "Authorization", bearer, "Api-Version", "2024-11-01");
        Http.Answer later = Http.get(url, "Authorization", bearer, "Api-Version", "2026-01-01");

        assertThat(List.of(missing, tooEarly, notADate)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(answer.json().getInt("status")).isEqualTo(400);
            assertThat(answer.json().getString("detail")).contains("2024-11-01");
        });
        assertThat(missing.json().getString("detail")).contains("Api-Version");
        assertThat(notADate.json().getString("detail")).contains("Api-Version", "latest");
        assertThat(tooEarly.json().getString("detail")).contains("2023-01-01");
        assertThat(first.status()).isEqualTo(200);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json()).isEqualTo(first.json());
    }

    @Test
    void aTokenWithoutTheScopeGets403NamingIt() {
        String directory = Sandbox.accessToken(Sandbox.DIRECTORY_CLIENT);
        String all = Sandbox.accessToken(Sandbox.ALL_CLIENT);

        Http.Answer refused = Sandbox.v5("/employee-personal-records?limit=1", directory);
        Http.Answer allowed = Sandbox.v5("/employee-personal-records?limit=1", all);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(refused.json().getInt("status")).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("employee-personal-records.readonly");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(Sandbox.v5("/employees?limit=1", directory).status()).isEqualTo(200);
        assertThat(Sandbox.v5("/departments?limit=1", directory).status()).isEqualTo(200);
    }

    // --- paging, includes, filters --------------------------------------------------------------------------------

    @Test
    void followingTheNextLinksWalksEveryEmployeeOnceInIdOrderAsTheLegacyApiCountsThem() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        int legacyCount = Sandbox.get(USERS + "?formerEmployees=true&paging=0,1000&fields=id,collection.count",
                Sandbox.ALL_KEY).json().getJsonObject("data").getInt("count");

        List<Long> ids = new ArrayList<>();
        Set<Integer> totalCounts = new HashSet<>();
        String url = "/employees?limit=100&include=links,totalCount";
        int pages = 0;
        while (url != null) {
            Http.Answer page = Sandbox.v5(url, token);
            assertThat(page.status()).as(url + ": " + page.body()).isEqualTo(200);
            JsonObject body = page.json();
            assertThat(body.getString("type")).isEqualTo("employees");
            assertThat(body.getJsonArray("items").size()).isBetween(1, 100);
            body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> {
                assertThat(item.getString("type")).isEqualTo("employee");
                ids.add(Long.parseLong(item.getString("id")));
            });
            totalCounts.add(body.getInt("totalCount"));
            assertThat(body.getJsonObject("links").isNull("prev")).isTrue();
            JsonValue next = body.getJsonObject("links").get("next");
            url = next.getValueType() == JsonValue.ValueType.NULL ? null : next.asJsonObject().getString("href");
            if (url != null) {
                assertThat(url).startsWith(Http.sandboxUrl() + "/lucca-api/employees?")
                        .contains("limit=100", "include=links", "page=");
            }
            pages++;
            assertThat(pages).as("pages").isLessThan(50);
        }

        assertThat(legacyCount).isGreaterThan(100);
        assertThat(ids).doesNotHaveDuplicates().isSorted().hasSize(legacyCount);
        assertThat(totalCounts).containsExactly(legacyCount);
        assertThat(pages).isEqualTo((legacyCount + 99) / 100);
    }

    @Test
    void withoutIncludeThereAreNoLinksNorCountAndBadPagingIsA400Problem() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);

        JsonObject plain = Sandbox.v5("/employees", token).json();
        JsonObject secondPage = Sandbox.v5("/employees?page=2", token).json();
        Http.Answer tooMany = Sandbox.v5("/employees?limit=101", token);
        Http.Answer forged = Sandbox.v5("/employees?page=!S7DHF", token);
        Http.Answer unknownInclude = Sandbox.v5("/employees?include=count", token);
        Http.Answer unknownFilter = Sandbox.v5("/employees?colour=red", token);

        assertThat(plain.keySet()).containsExactlyInAnyOrder("type", "url", "items");
        assertThat(plain.getJsonArray("items")).hasSize(25);
        assertThat(ids(plain)).isEqualTo(range(1, 25));
        assertThat(ids(secondPage)).as("a page number counts pages of the limit").isEqualTo(range(26, 50));
        for (Http.Answer refused : List.of(tooMany, forged, unknownInclude, unknownFilter)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(refused.json().getInt("status")).isEqualTo(400);
        }
        assertThat(tooMany.json().getString("detail")).contains("101", "100");
        assertThat(forged.json().getString("detail")).contains("cursor");
    }

    @Test
    void embeddedHoldsEachItemsApplicableEmploymentAndJobPosition() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);

        JsonObject page = Sandbox.v5("/employees?limit=30&page=2&include=embedded", token).json();

        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject employments = page.getJsonObject("embedded").getJsonObject("employment");
        JsonObject jobPositions = page.getJsonObject("embedded").getJsonObject("job-position");
        assertThat(items).hasSize(30);
        assertThat(page.containsKey("links")).isFalse();
        assertThat(employments.keySet()).isEqualTo(items.stream()
                .map(e -> e.getJsonObject("applicableEmployment").getString("id")).collect(Collectors.toSet()));
        assertThat(jobPositions.keySet()).isEqualTo(items.stream()
                .map(e -> e.getJsonObject("applicableJobPosition").getString("id")).collect(Collectors.toSet()));
        for (JsonObject employee : items) {
            JsonObject employment = employments.getJsonObject(employee.getJsonObject("applicableEmployment").getString("id"));
            JsonObject jobPosition = jobPositions.getJsonObject(employee.getJsonObject("applicableJobPosition").getString("id"));
            assertThat(employment.getString("type")).isEqualTo("employment");
            assertThat(employment.getJsonObject("employee").getString("id")).isEqualTo(employee.getString("id"));
            assertThat(jobPosition.getString("type")).isEqualTo("job-position");
            assertThat(jobPosition.getJsonObject("employee").getString("id")).isEqualTo(employee.getString("id"));
            assertThat(jobPosition.getJsonObject("employment").getString("id")).isEqualTo(employment.getString("id"));
        }
    }

    @Test
    void filtersOnStatusIdsAndEmailAndTheirNegations() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        int total = Sandbox.v5("/employees?limit=0&include=totalCount", token).json().getInt("totalCount");
        String mailOfFive = Sandbox.v5("/employees/5", token).json().getString("email");

        List<JsonObject> upcoming = allPages("/employees?status=upcoming", token);
        List<JsonObject> deactivated = allPages("/employees?status=deactivated", token);
        List<JsonObject> notDeactivated = allPages("/employees?-status=deactivated", token);
        JsonObject firstThree = Sandbox.v5("/employees?id=1,2,3&include=totalCount", token).json();
        JsonObject allButFirstThree = Sandbox.v5("/employees?-id=1,2,3&limit=1&include=totalCount", token).json();
        JsonObject five = Sandbox.v5("/employees?email=" + mailOfFive + "&include=totalCount", token).json();
        JsonObject jobPositionOfFive = Sandbox.v5("/job-positions?employment.employee.id=5", token).json();
        JsonObject employmentOfFive = Sandbox.v5("/employments?employee.id=5", token).json();

        assertThat(upcoming).isNotEmpty().allSatisfy(e -> assertThat(e.getString("status")).isEqualTo("upcoming"));
        assertThat(deactivated).isNotEmpty().allSatisfy(e -> assertThat(e.getString("status")).isEqualTo("deactivated"));
        assertThat(notDeactivated).hasSize(total - deactivated.size())
                .noneSatisfy(e -> assertThat(e.getString("status")).isEqualTo("deactivated"));
        assertThat(ids(firstThree)).containsExactly(1L, 2L, 3L);
        assertThat(firstThree.getInt("totalCount")).isEqualTo(3);
        assertThat(ids(allButFirstThree)).containsExactly(4L);
        assertThat(allButFirstThree.getInt("totalCount")).isEqualTo(total - 3);
        assertThat(ids(five)).containsExactly(5L);
        assertThat(jobPositionOfFive.getJsonArray("items")).hasSize(1);
        assertThat(jobPositionOfFive.getJsonArray("items").getJsonObject(0).getJsonObject("employee").getString("id"))
                .isEqualTo("5");
        assertThat(employmentOfFive.getJsonArray("items")).hasSize(1);
        assertThat(employmentOfFive.getJsonArray("items").getJsonObject(0).getJsonObject("employee").getString("id"))
                .isEqualTo("5");
    }

    @Test
    void aWeakEtagAnswers304ToIfNoneMatchUntilTheRepresentationChanges() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        Http.Answer first = Sandbox.v5("/employees/7", token);
        String etag = first.header("ETag");
        Http.Answer page = Sandbox.v5("/employees?limit=10", token);

        Http.Answer unchanged = Sandbox.v5("/employees/7", token, "If-None-Match", etag);
        Http.Answer other = Sandbox.v5("/employees/7", token, "If-None-Match", "W/\"not-this-one\"");
        Http.Answer pageUnchanged = Sandbox.v5("/employees?limit=10", token, "If-None-Match", page.header("ETag"));
        Http.Answer put = Http.put(Http.sandboxUrl() + USERS + "/7", "{\"jobTitle\":\"Etag tester\"}",
                Sandbox.auth(Sandbox.ALL_KEY));
        Http.Answer jobPosition = Sandbox.v5("/job-positions?employment.employee.id=7", token);
        Http.Answer afterChange = Sandbox.v5("/employees/7", token, "If-None-Match", etag);

        assertThat(etag).startsWith("W/\"");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json()).isEqualTo(first.json());
        assertThat(page.header("ETag")).startsWith("W/\"").isNotEqualTo(etag);
        assertThat(pageUnchanged.status()).isEqualTo(304);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(jobPosition.json().getJsonArray("items").getJsonObject(0).getString("jobTitle")).isEqualTo("Etag tester");
        assertThat(afterChange.status()).as("modifiedOn moved, so lastUpdatedAt did").isEqualTo(200);
        assertThat(afterChange.header("ETag")).isNotEqualTo(etag);
    }

    // --- one data set, two views ------------------------------------------------------------------------------------

    @Test
    void everyPersonReadsTheSameThroughTheLegacyAndTheV5Views() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        LocalDate today = LocalDate.parse(Sandbox.info().getString("today"));
        Http.Answer legacyAnswer = Sandbox.get(USERS + "?formerEmployees=true&paging=0,1000&fields=" + LEGACY_FIELDS,
                Sandbox.ALL_KEY);
        assertThat(legacyAnswer.status()).as(legacyAnswer.body()).isEqualTo(200);
        List<JsonObject> legacy = legacyAnswer.json().getJsonObject("data").getJsonArray("items")
                .getValuesAs(JsonObject.class);
        Map<String, JsonObject> employees = byId(allPages("/employees?limit=100", token));
        Map<String, JsonObject> employments = byEmployee(allPages("/employments?limit=100", token));
        Map<String, JsonObject> jobPositions = byEmployee(allPages("/job-positions?limit=100", token));
        Map<String, JsonObject> records = byEmployee(allPages("/employee-personal-records?limit=100", token));
        Set<String> departments = byId(allPages("/departments?limit=100", token)).keySet();
        Set<String> establishments = byId(allPages("/business-establishments?limit=100", token)).keySet();

        assertThat(employees).hasSameSizeAs(legacy);
        assertThat(employments.keySet()).isEqualTo(employees.keySet());
        assertThat(jobPositions.keySet()).isEqualTo(employees.keySet());
        assertThat(records.keySet()).isEqualTo(employees.keySet());
        Set<String> statuses = new HashSet<>();
        for (JsonObject user : legacy) {
            String id = Long.toString(user.getJsonNumber("id").longValue());
            JsonObject employee = employees.get(id);
            JsonObject employment = employments.get(id);
            JsonObject jobPosition = jobPositions.get(id);
            JsonObject record = records.get(id);
            assertThat(employee).as("employee %s", id).isNotNull();
            assertThat(employee.getString("givenName")).as(id).isEqualTo(user.getString("firstName"));
            assertThat(employee.getString("familyName")).as(id).isEqualTo(user.getString("lastName"));
            assertThat(employee.get("email")).as(id).isEqualTo(user.get("mail"));
            assertThat(employee.get("employeeNumber")).as(id).isEqualTo(user.get("employeeNumber"));
            assertThat(employee.get("phoneNumber")).as(id).isEqualTo(user.get("directLine"));
            assertThat(employee.getString("url")).isEqualTo(Http.sandboxUrl() + "/lucca-api/employees/" + id);

            LocalDate start = legacyDate(user, "dtContractStart");
            LocalDate end = legacyDate(user, "dtContractEnd");
            String status = start.isAfter(today) ? "upcoming"
                    : end != null && end.isBefore(today) ? "deactivated" : "active";
            statuses.add(status);
            assertThat(employee.getString("status")).as(id).isEqualTo(status);
            assertThat(employment.getString("status")).as(id).isEqualTo(status);
            assertThat(employment.getJsonObject("start").getString("date")).as(id).isEqualTo(start.toString());
            assertThat(employment.isNull("end") ? null : employment.getJsonObject("end").getString("date")).as(id)
                    .isEqualTo(end == null ? null : end.toString());
            assertThat(employee.getJsonObject("applicableEmployment").getString("id")).isEqualTo(employment.getString("id"));
            assertThat(employee.getJsonObject("applicableJobPosition").getString("id")).isEqualTo(jobPosition.getString("id"));

            assertThat(jobPosition.getString("startsOn")).as(id).isEqualTo(start.toString());
            assertThat(jobPosition.getJsonObject("department").getString("id")).as(id)
                    .isEqualTo(Long.toString(user.getJsonNumber("departmentId").longValue()))
                    .isIn(departments);
            assertThat(jobPosition.getJsonObject("businessEstablishment").getString("id")).as(id)
                    .isEqualTo(Long.toString(user.getJsonNumber("legalEntityId").longValue()))
                    .isIn(establishments);
            assertThat(jobPosition.isNull("manager") ? null : jobPosition.getJsonObject("manager").getString("id")).as(id)
                    .isEqualTo(user.isNull("managerId") ? null : Long.toString(user.getJsonNumber("managerId").longValue()));
            assertThat(jobPosition.get("jobTitle")).as(id).isEqualTo(user.get("jobTitle"));

            assertThat(record.getString("legalGender")).as(id)
                    .isEqualTo(user.isNull("gender") ? "unknown" : user.getString("gender"));
            assertThat(record.isNull("birthDate") ? null : record.getString("birthDate")).as(id)
                    .isEqualTo(user.isNull("birthDate") ? null : legacyDate(user, "birthDate").toString());
            assertThat(strings(record, "nationalitiesCountryCodes")).as(id)
                    .isEqualTo(user.isNull("nationality") ? List.of() : List.of(user.getString("nationality")));
            assertThat(record.get("phoneNumber")).as(id).isEqualTo(user.get("personalMobile"));
            assertThat(record.get("email")).as(id).isEqualTo(user.get("personalEmail"));

            Instant modifiedOn = LocalDateTime.parse(user.getString("modifiedOn")).atZone(ZoneId.systemDefault()).toInstant();
            assertThat(employee.getString("lastUpdatedAt")).as(id).endsWith("Z");
            assertThat(Instant.parse(employee.getString("lastUpdatedAt"))).as(id).isEqualTo(modifiedOn);
        }
        assertThat(statuses).containsExactlyInAnyOrder("active", "upcoming", "deactivated");
    }

    @Test
    void aLegacyUpdateShowsInTheV5Employee() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        JsonObject before = Sandbox.v5("/employees/12", token).json();
        Instant sent = Instant.now();

        Http.Answer put = Http.put(Http.sandboxUrl() + USERS + "/12",
                "{\"lastName\":\"Okta-Sync\",\"jobTitle\":\"Directory steward\"}", Sandbox.auth(Sandbox.ALL_KEY));
        JsonObject after = Sandbox.v5("/employees/12", token).json();
        JsonObject jobPosition = Sandbox.v5("/job-positions?id=" + after.getJsonObject("applicableJobPosition")
                .getString("id"), token).json().getJsonArray("items").getJsonObject(0);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(before.getString("familyName")).isNotEqualTo("Okta-Sync");
        assertThat(after.getString("familyName")).isEqualTo("Okta-Sync");
        assertThat(after.getString("givenName")).isEqualTo(before.getString("givenName"));
        assertThat(jobPosition.getString("jobTitle")).isEqualTo("Directory steward");
        assertThat(Instant.parse(after.getString("lastUpdatedAt")))
                .as("modifiedOn, in the server's zone, as UTC")
                .isBetween(sent.minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(jobPosition.getString("lastUpdatedAt")).isEqualTo(after.getString("lastUpdatedAt"));
    }

    // --- business-establishment restriction -------------------------------------------------------------------------

    @Test
    void aClientRestrictedToTheFirstEstablishmentSeesOnlyItsPeople() {
        String site1 = Sandbox.accessToken(Sandbox.SITE1_CLIENT);
        String all = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        List<JsonObject> legacy = Sandbox.get(USERS + "?formerEmployees=true&paging=0,1000&fields=id,legalEntityId",
                Sandbox.ALL_KEY).json().getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class);
        Set<String> inFirst = legacy.stream().filter(u -> u.getJsonNumber("legalEntityId").longValue() == 1)
                .map(u -> Long.toString(u.getJsonNumber("id").longValue())).collect(Collectors.toSet());
        String elsewhere = legacy.stream().filter(u -> u.getJsonNumber("legalEntityId").longValue() != 1)
                .map(u -> Long.toString(u.getJsonNumber("id").longValue())).findFirst().orElseThrow();

        List<JsonObject> seen = new ArrayList<>();
        Map<String, JsonObject> embeddedJobPositions = new HashMap<>();
        String url = "/employees?limit=100&include=embedded,links,totalCount";
        int totalCount = -1;
        while (url != null) {
            JsonObject page = Sandbox.v5(url, site1).json();
            seen.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            page.getJsonObject("embedded").getJsonObject("job-position")
                    .forEach((id, jobPosition) -> embeddedJobPositions.put(id, jobPosition.asJsonObject()));
            totalCount = page.getInt("totalCount");
            JsonValue next = page.getJsonObject("links").get("next");
            url = next.getValueType() == JsonValue.ValueType.NULL ? null : next.asJsonObject().getString("href");
        }
        int allCount = Sandbox.v5("/employees?limit=0&include=totalCount", all).json().getInt("totalCount");
        List<JsonObject> jobPositions = allPages("/job-positions?limit=100", site1);
        List<JsonObject> establishments = allPages("/business-establishments", site1);

        assertThat(inFirst).isNotEmpty();
        assertThat(seen).hasSize(totalCount);
        assertThat(totalCount).isLessThan(allCount).isEqualTo(inFirst.size());
        assertThat(byId(seen).keySet()).isEqualTo(inFirst);
        assertThat(seen).allSatisfy(employee -> assertThat(embeddedJobPositions
                .get(employee.getJsonObject("applicableJobPosition").getString("id"))
                .getJsonObject("businessEstablishment").getString("id")).isEqualTo("1"));
        assertThat(jobPositions).hasSize(inFirst.size()).allSatisfy(jobPosition ->
                assertThat(jobPosition.getJsonObject("businessEstablishment").getString("id")).isEqualTo("1"));
        assertThat(allPages("/employments?limit=100", site1)).hasSize(inFirst.size());
        assertThat(allPages("/employee-personal-records?limit=100", site1)).hasSize(inFirst.size());
        assertThat(establishments).extracting(e -> e.getString("id")).containsExactly("1");
        assertThat(Sandbox.v5("/employees/" + elsewhere, site1).status()).isEqualTo(404);
        assertThat(Sandbox.v5("/employees/" + elsewhere, site1).header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(Sandbox.v5("/employees/" + elsewhere, all).status()).isEqualTo(200);
        assertThat(Sandbox.v5("/employments?employee.id=" + elsewhere, site1).json().getJsonArray("items")).isEmpty();
        assertThat(Sandbox.v5("/departments?limit=0&include=totalCount", site1).json().getInt("totalCount"))
                .as("departments are not restricted")
                .isEqualTo(Sandbox.v5("/departments?limit=0&include=totalCount", all).json().getInt("totalCount"));
    }

    @Test
    void aClientRestrictedLaterSeesOnlyThatEstablishmentsPeopleWithTheTokenItHasUntilReset() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        Map<String, String> establishmentOf = allPages("/job-positions?limit=100", token).stream().collect(
                Collectors.toMap(p -> p.getJsonObject("employee").getString("id"),
                        p -> p.getJsonObject("businessEstablishment").getString("id")));
        Set<String> inFirst = establishmentOf.keySet().stream().filter(id -> establishmentOf.get(id).equals("1"))
                .collect(Collectors.toSet());
        String elsewhere = establishmentOf.keySet().stream().filter(id -> !inFirst.contains(id)).findFirst()
                .orElseThrow();

        Http.Answer restricted = restrictClient(Sandbox.ALL_CLIENT, "{\"establishmentIds\":[1]}");
        List<JsonObject> employees = allPages("/employees?limit=100", token);
        List<JsonObject> jobPositions = allPages("/job-positions?limit=100", token);
        Http.Answer hidden = Sandbox.v5("/employees/" + elsewhere, token);
        List<JsonObject> establishments = allPages("/business-establishments", Sandbox.accessToken(Sandbox.ALL_CLIENT));
        Http.Answer lifted = restrictClient(Sandbox.ALL_CLIENT, "{\"establishmentIds\":[]}");
        int afterLifting = allPages("/employees?limit=100", token).size();
        restrictClient(Sandbox.ALL_CLIENT, "{\"establishmentIds\":[1]}");
        Sandbox.reset();
        int afterReset = allPages("/employees?limit=100", Sandbox.accessToken(Sandbox.ALL_CLIENT)).size();

        assertThat(inFirst).isNotEmpty().hasSizeLessThan(establishmentOf.size());
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(200);
        assertThat(restricted.json().getString("clientId")).isEqualTo(Sandbox.ALL_CLIENT);
        assertThat(restricted.json().getJsonArray("establishmentIds")).hasToString("[1]");
        assertThat(strings(restricted.json(), "scopes")).contains("employees.readonly");
        assertThat(restricted.body()).doesNotContain("secret");
        assertThat(byId(employees).keySet()).isEqualTo(inFirst);
        assertThat(jobPositions).hasSize(inFirst.size()).allSatisfy(jobPosition ->
                assertThat(jobPosition.getJsonObject("businessEstablishment").getString("id")).isEqualTo("1"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(establishments).extracting(e -> e.getString("id")).containsExactly("1");
        assertThat(lifted.json().getJsonArray("establishmentIds")).as("empty: every establishment").isEmpty();
        assertThat(afterLifting).isEqualTo(establishmentOf.size());
        assertThat(afterReset).isEqualTo(establishmentOf.size());
    }

    @Test
    void restrictingAnUnknownClientIs404AndABadBodyA400ThatChangesNothing() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        int all = Sandbox.v5("/employees?limit=0&include=totalCount", token).json().getInt("totalCount");

        Http.Answer unknown = restrictClient("sbx-client-nobody", "{\"establishmentIds\":[1]}");
        List<Http.Answer> refused = Stream.of("{}", "{\"establishmentIds\":1}", "{\"establishmentIds\":[\"1\"]}",
                        "{\"establishmentIds\":[1.5]}", "{\"establishmentIds\":[999999]}",
                        "{\"establishmentIds\":[-1]}", "[]", "{", "")
                .map(body -> restrictClient(Sandbox.ALL_CLIENT, body)).toList();

        Sandbox.assertRefused(404, List.of(unknown));
        Sandbox.assertRefused(400, refused);
        assertThat(Sandbox.v5("/employees?limit=0&include=totalCount", token).json().getInt("totalCount"))
                .isEqualTo(all);
    }

    // --- rate budget and faults -----------------------------------------------------------------------------------

    @Test
    void legacyAndV5RoutesSpendOneRateBudget() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        // Whatever reached the gate since the reset holds a slot; the token endpoint, Lucca's own host, holds none.
        JsonObject before = Sandbox.requestLog();
        int spent = before.getInt("total") - before.getJsonObject("byEndpoint").getInt("POST /connect/token", 0);
        Sandbox.setFaults("{\"rateLimitPerMinute\": " + (spent + 4) + "}");

        List<Integer> admitted = List.of(
                Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status(),
                Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY).status(),
                Sandbox.v5("/employees?limit=1", token).status(),
                Sandbox.v5("/departments?limit=1", token).status());
        Http.Answer v5Over = Sandbox.v5("/employees?limit=1", token);
        Http.Answer legacyOver = Sandbox.get(USERS + "?paging=0,1", Sandbox.READ_KEY);

        assertThat(admitted).containsExactly(200, 200, 200, 200);
        assertThat(v5Over.status()).isEqualTo(429);
        assertThat(Integer.parseInt(v5Over.retryAfter())).isBetween(1, 60);
        assertThat(v5Over.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(v5Over.json().getInt("status")).isEqualTo(429);
        assertThat(v5Over.json().getString("detail")).contains(Integer.toString(spent + 4));
        assertThat(legacyOver.status()).isEqualTo(429);
        assertThat(legacyOver.json().getInt("Status")).as("legacy routes keep their error body").isEqualTo(429);
        assertThat(Sandbox.tokenRequest("grant_type", "client_credentials", "client_id", Sandbox.ALL_CLIENT,
                "client_secret", Sandbox.ALL_CLIENT + "-secret").status()).as("the token endpoint is outside the budget")
                .isEqualTo(200);
        JsonObject log = Sandbox.requestLog();
        assertThat(log.getJsonObject("byEndpoint").getInt("GET /lucca-api/employees")).isEqualTo(2);
        assertThat(log.getJsonObject("byStatus").getInt("429")).isEqualTo(2);
    }

    @Test
    void faultSwitchesReachTheV5RoutesAsProblems() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        Sandbox.setFaults("{\"errorStatus\": 503, \"errorCount\": 1}");

        Http.Answer failed = Sandbox.v5("/employees?limit=1", token);
        Http.Answer recovered = Sandbox.v5("/employees?limit=1", token);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(failed.json().getInt("status")).isEqualTo(503);
        assertThat(recovered.status()).isEqualTo(200);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Every item of a v5 collection, following the next links. */
    @Test
    void customFieldsAreTheLegacyExtendedDataAsEmployeeAttributesWithTheirDefinitions() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        JsonObject legacyDefinitions = Sandbox.get("/api/v3/extendeddatadefinitions", Sandbox.ALL_KEY).json();
        List<JsonObject> definitions = allPages("/employee-attribute-definitions?limit=100", token);
        List<JsonObject> firstTen = allPages("/employee-attributes?limit=100&employee.id=1,2,3,4,5,6,7,8,9,10",
                token);
        JsonObject legacy = Sandbox.get(USERS + "/3?fields=extendedData", Sandbox.ALL_KEY).json()
                .getJsonObject("data").getJsonObject("extendedData");
        Http.Answer withoutScope = Sandbox.v5("/employee-attributes", Sandbox.accessToken(Sandbox.DIRECTORY_CLIENT));
        Http.Answer onADay = Sandbox.v5("/employee-attributes?employee.id=3&applicability.asOf=2026-12-06", token);
        Http.Answer notADay = Sandbox.v5("/employee-attributes?applicability.asOf=today", token);

        assertThat(definitions).extracting(d -> d.getString("id")).containsExactlyElementsOf(legacyDefinitions
                .getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("code")).toList());
        assertThat(definitions).allSatisfy(d -> assertThat(d.getJsonObject("schema").getString("type")).isNotBlank());
        Map<String, JsonValue> third = firstTen.stream()
                .filter(a -> a.getJsonObject("employee").getString("id").equals("3"))
                .collect(Collectors.toMap(a -> a.getJsonObject("definition").getString("id"), a -> a.get("value")));
        assertThat(third).isNotEmpty();
        third.forEach((code, value) -> assertThat(value).as(code).isEqualTo(legacy.get(code)));
        assertThat(firstTen).extracting(a -> a.getJsonObject("employee").getString("id")).doesNotContain("11");
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.json().getString("detail")).contains("employee-attributes.readonly");
        assertThat(onADay.json().getJsonArray("items")).hasSize(third.size());
        assertThat(notADay.status()).isEqualTo(400);
    }

    @Test
    void singleItemsAreTheCollectionsOwnAndHiddenOnesDoNotExist() {
        String all = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        String site1 = Sandbox.accessToken(Sandbox.SITE1_CLIENT);
        JsonObject employment = Sandbox.v5("/employments?id=3", all).json().getJsonArray("items").getJsonObject(0);
        JsonObject department = Sandbox.v5("/departments?limit=1", all).json().getJsonArray("items").getJsonObject(0);
        JsonObject elsewhere = Sandbox.v5("/business-establishments?-id=1&limit=1", all).json()
                .getJsonArray("items").getJsonObject(0);

        assertThat(Sandbox.v5("/employments/3", all).json()).isEqualTo(employment);
        assertThat(Sandbox.v5("/departments/" + department.getString("id"), all).json()).isEqualTo(department);
        assertThat(Sandbox.v5("/business-establishments/" + elsewhere.getString("id"), all).status()).isEqualTo(200);
        assertThat(Sandbox.v5("/business-establishments/" + elsewhere.getString("id"), site1).status())
                .as("outside the client's establishments").isEqualTo(404);
        assertThat(Sandbox.v5("/legal-entities/999999", all).status()).isEqualTo(404);
        assertThat(Sandbox.v5("/employee-personal-records/3", Sandbox.accessToken(Sandbox.DIRECTORY_CLIENT)).status())
                .as("the scope comes before the lookup").isEqualTo(403);
    }

    @Test
    void employmentsAndJobPositionsAreFilteredByDateRanges() {
        String token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        List<JsonObject> since2024 = allPages("/employments?limit=100&startsOn.between=2024-01-01--..", token);
        List<JsonObject> endedIn2025 = allPages("/job-positions?limit=100&endsOn.between=2025-01-01--2025-12-31", token);

        assertThat(since2024).isNotEmpty().allSatisfy(e -> assertThat(e.getJsonObject("start").getString("date"))
                .isGreaterThanOrEqualTo("2024-01-01"));
        assertThat(endedIn2025).allSatisfy(p -> assertThat(p.getString("endsOn")).startsWith("2025-"));
        assertThat(Sandbox.v5("/employments?startsOn.between=2024-01-01", token).status()).isEqualTo(400);
    }

    private static Http.Answer restrictClient(String clientId, String body) {
        return Http.put(Http.sandboxUrl() + "/sandbox/clients/" + clientId + "/establishments", body);
    }

    private static List<JsonObject> allPages(String pathAndQuery, String token) {
        List<JsonObject> items = new ArrayList<>();
        String url = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "include=links";
        int pages = 0;
        while (url != null) {
            Http.Answer page = Sandbox.v5(url, token);
            assertThat(page.status()).as(url + ": " + page.body()).isEqualTo(200);
            items.addAll(page.json().getJsonArray("items").getValuesAs(JsonObject.class));
            JsonValue next = page.json().getJsonObject("links").get("next");
            url = next.getValueType() == JsonValue.ValueType.NULL ? null : next.asJsonObject().getString("href");
            assertThat(++pages).as("pages of " + pathAndQuery).isLessThan(100);
        }
        return items;
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> Long.parseLong(item.getString("id"))).toList();
    }

    private static List<Long> range(long first, long last) {
        List<Long> ids = new ArrayList<>();
        for (long id = first; id <= last; id++) {
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, JsonObject> byId(List<JsonObject> items) {
        return index(items, item -> item.getString("id"));
    }

    private static Map<String, JsonObject> byEmployee(List<JsonObject> items) {
        return index(items, item -> item.getJsonObject("employee").getString("id"));
    }

    private static Map<String, JsonObject> index(List<JsonObject> items, Function<JsonObject, String> key) {
        Map<String, JsonObject> byKey = items.stream().collect(Collectors.toMap(key, item -> item));
        assertThat(byKey).as("one item per key").hasSameSizeAs(items);
        return byKey;
    }

    private static LocalDate legacyDate(JsonObject user, String field) {
        return user.isNull(field) ? null : LocalDateTime.parse(user.getString(field)).toLocalDate();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
