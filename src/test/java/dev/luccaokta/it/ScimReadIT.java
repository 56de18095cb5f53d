package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Okta sees when it imports from the connector: every mapping rule checked against the sandbox's own
 * data, paging, filters, projection, ETags, groups, discovery, and errors. The connector reads Lucca (the
 * sandbox) over HTTP and serves everything from its snapshot.
 */
@SharedServerTest
class ScimReadIT {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static LuccaData lucca;
    private static List<JsonObject> scimUsers;

    @BeforeAll
    static void importOnce() {
        Sandbox.reset();
        lucca = LuccaData.readWith(Sandbox.FUTURE_KEY);
        scimUsers = Scim.allUsers(Scim.TOKEN);
    }

    @Test
    void importListsEveryUserExactlyOnceInStableOrder() {
        List<String> ids = scimUsers.stream().map(u -> u.getString("id")).toList();
        Set<String> expected = lucca.listed().stream().map(u -> Long.toString(LuccaData.id(u))).collect(Collectors.toSet());

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
        assertThat(Scim.allUsers(Scim.TOKEN).stream().map(u -> u.getString("id")).toList()).isEqualTo(ids);
        assertThat(Scim.get("/Users?count=1").json().getInt("totalResults")).isEqualTo(expected.size());
    }

    @Test
    void mandatoryPropertiesDisplayNameAndActiveFollowLucca() {
        for (JsonObject scim : scimUsers) {
            JsonObject user = lucca.user(Long.parseLong(scim.getString("id")));
            String displayName = user.getString("firstName") + " " + user.getString("lastName");

            assertThat(scim.getString("userName")).isEqualTo(user.getString("login"));
            assertThat(scim.getJsonObject("name").getString("givenName")).isEqualTo(user.getString("firstName"));
            assertThat(scim.getJsonObject("name").getString("familyName")).isEqualTo(user.getString("lastName"));
            assertThat(scim.getJsonObject("name").getString("formatted")).isEqualTo(displayName);
            assertThat(scim.getString("displayName")).isEqualTo(displayName);
            JsonObject email = scim.getJsonArray("emails").getJsonObject(0);
            assertThat(email.getString("value")).isEqualTo(user.getString("mail"));
            assertThat(email.getString("type")).isEqualTo("work");
            assertThat(email.getBoolean("primary")).isTrue();
            assertThat(scim.getBoolean("active")).as("active of %s", scim.getString("id")).isEqualTo(lucca.active(user));
        }
    }

    @Test
    void leaversStayListedAsInactiveDuringTheGracePeriodAndFutureEmployeesAppear() {
        Set<String> listed = scimUsers.stream().map(u -> u.getString("id")).collect(Collectors.toSet());
        List<JsonObject> leavers = lucca.users.stream()
                .filter(u -> LuccaData.date(u, "dtContractEnd").map(end -> end.isBefore(lucca.today)).orElse(false)).toList();
        List<JsonObject> recentLeavers = leavers.stream()
                .filter(u -> !LuccaData.date(u, "dtContractEnd").orElseThrow().isBefore(lucca.today.minusDays(90))).toList();
        List<JsonObject> future = lucca.users.stream()
                .filter(u -> LuccaData.date(u, "dtContractStart").map(s -> s.isAfter(lucca.today)).orElse(false)).toList();

        assertThat(leavers.size()).isGreaterThan(recentLeavers.size());
        assertThat(recentLeavers).isNotEmpty().allMatch(u -> listed.contains(Long.toString(LuccaData.id(u))));
        assertThat(leavers).filteredOn(u -> !recentLeavers.contains(u)).noneMatch(u -> listed.contains(Long.toString(LuccaData.id(u))));
        assertThat(future).isNotEmpty().allMatch(u -> listed.contains(Long.toString(LuccaData.id(u))));
        assertThat(scimUsers).filteredOn(u -> !u.getBoolean("active")).hasSize(recentLeavers.size() + future.size());
    }

    @Test
    void selectedPropertiesMapToCoreEnterpriseAndCustomAttributes() {
        for (JsonObject scim : scimUsers) {
            JsonObject user = lucca.user(Long.parseLong(scim.getString("id")));
            JsonObject enterprise = scim.getJsonObject(ENTERPRISE);

            assertThat(LuccaData.text(scim, "title")).isEqualTo(LuccaData.text(user, "jobTitle"));
            assertThat(phone(scim, "work")).isEqualTo(LuccaData.text(user, "directLine").orElse(null));
            assertThat(phone(scim, "mobile")).isEqualTo(LuccaData.text(user, "professionalMobile").orElse(null));
            assertThat(LuccaData.text(enterprise, "employeeNumber")).isEqualTo(LuccaData.text(user, "employeeNumber"));
            assertThat(enterprise.getString("department")).isEqualTo(user.getJsonObject("department").getString("name"));
            assertThat(enterprise.getString("division")).isEqualTo(user.getJsonObject("legalEntity").getString("name"));
            assertThat(enterprise.getString("organization")).isEqualTo(lucca.legalUnitName(user));
            assertThat(enterprise.getString("dtContractStart")).isEqualTo(user.getString("dtContractStart").substring(0, 10));
            assertThat(enterprise.getString("csp")).isEqualTo(user.getJsonObject("csp").getString("name"));
            assertThat(enterprise.getJsonNumber("cspId").longValue()).isEqualTo(LuccaData.id(user.getJsonObject("csp")));
            if (user.isNull("manager")) {
                assertThat(enterprise.containsKey("manager")).isFalse();
            } else {
                JsonObject manager = enterprise.getJsonObject("manager");
                assertThat(manager.getString("value")).isEqualTo(Long.toString(LuccaData.id(user.getJsonObject("manager"))));
                assertThat(manager.getString("displayName")).isEqualTo(user.getJsonObject("manager").getString("name"));
                assertThat(manager.getString("$ref")).isEqualTo(Scim.baseUrl() + "/Users/" + manager.getString("value"));
            }
        }
    }

    @Test
    void extendedDataIsSentExceptConfigurableCompoundAndMultipleOccurrences() {
        for (JsonObject scim : scimUsers) {
            JsonObject extended = lucca.user(Long.parseLong(scim.getString("id"))).getJsonObject("extendedData");
            JsonObject enterprise = scim.getJsonObject(ENTERPRISE);

            assertThat(LuccaData.text(enterprise, "e_bloodType")).isEqualTo(LuccaData.text(extended, "e_bloodType"));
            if (extended.isNull("e_tShirtSize")) {
                assertThat(enterprise.containsKey("e_tShirtSize")).isFalse();
            } else {
                assertThat(enterprise.getString("e_tShirtSize")).isEqualTo(extended.getJsonObject("e_tShirtSize").getString("name"));
                assertThat(enterprise.getJsonNumber("e_tShirtSizeId").longValue())
                        .isEqualTo(LuccaData.id(extended.getJsonObject("e_tShirtSize")));
            }
            if (extended.isNull("e_badgeIssuedOn")) {
                assertThat(enterprise.containsKey("e_badgeIssuedOn")).isFalse();
            } else {
                assertThat(enterprise.getString("e_badgeIssuedOn")).isEqualTo(extended.getString("e_badgeIssuedOn").substring(0, 10));
            }
            assertThat(enterprise.keySet()).doesNotContain("e_emergencyContact", "e_languages");
        }
    }

    @Test
    void cultureBecomesALanguageTag() {
        JsonObject scim = scimUsers.stream().filter(u -> u.containsKey("preferredLanguage")).findFirst().orElseThrow();
        JsonObject culture = lucca.user(Long.parseLong(scim.getString("id"))).getJsonObject("culture");

        Locale locale = Locale.forLanguageTag(scim.getString("preferredLanguage"));
        assertThat(locale.getDisplayName(locale)).isEqualToIgnoringCase(culture.getString("name"));
        assertThat(scim.getString("locale")).isEqualTo(scim.getString("preferredLanguage"));
    }

    @Test
    void tenantWithoutViewFutureEmployeesSeesNoneAndOnlyMandatoryPropertiesWithMailAsUserName() {
        List<JsonObject> readOnly = Scim.allUsers(Scim.READ_ONLY_TOKEN);
        Set<String> future = lucca.users.stream()
                .filter(u -> LuccaData.date(u, "dtContractStart").map(s -> s.isAfter(lucca.today)).orElse(false))
                .map(u -> Long.toString(LuccaData.id(u))).collect(Collectors.toSet());

        assertThat(future).isNotEmpty();
        assertThat(readOnly).hasSize(scimUsers.size() - future.size());
        assertThat(readOnly).noneMatch(u -> future.contains(u.getString("id")));
        assertThat(readOnly).allSatisfy(u -> {
            assertThat(u.getString("userName")).isEqualTo(u.getJsonArray("emails").getJsonObject(0).getString("value"));
            assertThat(u.keySet()).doesNotContain("title", "phoneNumbers", ENTERPRISE);
        });
        assertThat(Scim.get("/Users/" + future.iterator().next(), Scim.READ_ONLY_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void filtersAgreeWithAStraightforwardEvaluation() {
        JsonObject sample = scimUsers.get(7);
        String userName = sample.getString("userName");
        String department = sample.getJsonObject(ENTERPRISE).getString("department");
        // A modification time someone has, so that the comparisons split the users.
        String modified = lastModified(scimUsers.get(scimUsers.size() / 2)).toString();
        Map<String, Predicate<JsonObject>> filters = Map.ofEntries(
                Map.entry("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"", u -> u.getString("userName").equalsIgnoreCase(userName)),
                Map.entry("userName eq \"nobody.here\"", u -> false),
                Map.entry("userName ne \"" + userName + "\"", u -> !u.getString("userName").equalsIgnoreCase(userName)),
                Map.entry("name.familyName sw \"D\"", u -> u.getJsonObject("name").getString("familyName").toLowerCase(Locale.ROOT).startsWith("d")),
                Map.entry("name.givenName ew \"e\"", u -> u.getJsonObject("name").getString("givenName").toLowerCase(Locale.ROOT).endsWith("e")),
                Map.entry("emails[type eq \"work\" and value co \"ma\"]", u -> u.getJsonArray("emails").getJsonObject(0).getString("value").toLowerCase(Locale.ROOT).contains("ma")),
                Map.entry("title pr", u -> u.containsKey("title")),
                Map.entry("not (active eq true)", u -> !u.getBoolean("active")),
                Map.entry("active eq false or title co \"direct\"", u -> !u.getBoolean("active") || LuccaData.text(u, "title").map(t -> t.toLowerCase(Locale.ROOT).contains("direct")).orElse(false)),
                Map.entry(ENTERPRISE + ":department eq \"" + department + "\"", u -> department.equalsIgnoreCase(u.getJsonObject(ENTERPRISE).getString("department"))),
                Map.entry("(active eq true) and (" + ENTERPRISE + ":dtContractStart lt \"2015-01-01\")", u -> u.getBoolean("active") && u.getJsonObject(ENTERPRISE).getString("dtContractStart").compareTo("2015-01-01") < 0),
                Map.entry("id eq \"" + sample.getString("id") + "\"", u -> u.getString("id").equals(sample.getString("id"))),
                Map.entry("active eq true", u -> u.getBoolean("active")),
                Map.entry("active eq false", u -> !u.getBoolean("active")),
                Map.entry("name.familyName sw \"d\" and active eq true", u -> u.getBoolean("active")
                        && u.getJsonObject("name").getString("familyName").toLowerCase(Locale.ROOT).startsWith("d")),
                Map.entry("externalId eq \"" + sample.getString("id") + "\"", u -> false),
                Map.entry("meta.lastModified gt \"" + modified + "\"", u -> lastModified(u).isAfter(Instant.parse(modified))),
                Map.entry("meta.lastModified ge \"" + modified + "\"", u -> !lastModified(u).isBefore(Instant.parse(modified))),
                Map.entry("meta.lastModified lt \"" + modified + "\"", u -> lastModified(u).isBefore(Instant.parse(modified))),
                Map.entry("meta.lastModified le \"" + modified + "\"", u -> !lastModified(u).isAfter(Instant.parse(modified))));

        filters.forEach((filter, expected) -> {
            Http.Answer answer = Scim.get("/Users?count=1000&filter=" + Scim.encode(filter));
            assertThat(answer.status()).as(filter + " → " + answer.body()).isEqualTo(200);
            assertThat(ids(answer.json())).as(filter)
                    .containsExactlyElementsOf(scimUsers.stream().filter(expected).map(u -> u.getString("id")).toList());
        });
    }

    @Test
    void attributesAndExcludedAttributesProjectEveryRead() {
        JsonObject onlyNames = Scim.get("/Users?count=3&attributes=userName,name.givenName").json()
                .getJsonArray("Resources").getJsonObject(0);
        JsonObject withoutEmails = Scim.get("/Users/" + scimUsers.get(0).getString("id") + "?excludedAttributes=emails,"
                + ENTERPRISE).json();

        assertThat(onlyNames.keySet()).contains("id", "userName", "name").doesNotContain("emails", "active", ENTERPRISE);
        assertThat(onlyNames.getJsonObject("name").keySet()).containsExactly("givenName");
        assertThat(withoutEmails.keySet()).contains("id", "userName", "name", "active").doesNotContain("emails", ENTERPRISE);
    }

    @Test
    void sortByOrdersTheWholeListing() {
        JsonObject page = Scim.get("/Users?count=1000&sortBy=name.familyName&sortOrder=descending").json();
        List<String> familyNames = page.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getJsonObject("name").getString("familyName")).toList();

        assertThat(familyNames).hasSize(scimUsers.size());
        assertThat(familyNames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void indexedFiltersAnswerAsAScanOfEveryUserDoes() {
        // "not (not (…))" means the same, and no index answers a "not": it is evaluated on every user.
        for (String filter : List.of("userName eq \"" + scimUsers.get(5).getString("userName").toUpperCase(Locale.ROOT) + "\"",
                "active eq true", "name.familyName sw \"Ma\"", "name.familyName sw \"\"",
                "meta.lastModified gt \"" + lastModified(scimUsers.get(3)) + "\"", "meta.lastModified lt \"2100-01-01T00:00:00Z\"",
                "active eq false and name.familyName sw \"b\"")) {
            JsonObject indexed = Scim.get("/Users?count=1000&sortBy=name.familyName&filter=" + Scim.encode(filter)).json();
            JsonObject scanned = Scim.get("/Users?count=1000&sortBy=name.familyName&filter=" + Scim.encode("not (not (" + filter + "))")).json();

            assertThat(ids(indexed)).as(filter).isEqualTo(ids(scanned));
            assertThat(indexed.getInt("totalResults")).as(filter).isEqualTo(scanned.getInt("totalResults"));
        }
        JsonObject page = Scim.get("/Users?startIndex=3&count=4&filter=" + Scim.encode("active eq true")).json();
        assertThat(ids(page)).isEqualTo(scimUsers.stream().filter(u -> u.getBoolean("active")).skip(2).limit(4)
                .map(u -> u.getString("id")).toList());
    }

    @Test
    void listPagesServeEachResourceAsItsOwnReadDoes() {
        for (JsonObject user : Scim.get("/Users?startIndex=5&count=20").json().getJsonArray("Resources").getValuesAs(JsonObject.class)) {
            assertThat(user).isEqualTo(Scim.get("/Users/" + user.getString("id")).json());
            assertThat(user.getJsonObject("meta").getString("location")).isEqualTo(Scim.baseUrl() + "/Users/" + user.getString("id"));
        }
        List<JsonObject> groups = Scim.get("/Groups?count=1000").json().getJsonArray("Resources").getValuesAs(JsonObject.class);
        List<JsonObject> withoutMembers = Scim.get("/Groups?count=1000&excludedAttributes=members").json()
                .getJsonArray("Resources").getValuesAs(JsonObject.class);
        assertThat(groups).hasSameSizeAs(withoutMembers).isNotEmpty();
        for (int i = 0; i < groups.size(); i++) {
            JsonObject group = groups.get(i);
            assertThat(group).isEqualTo(Scim.get("/Groups/" + group.getString("id")).json());
            assertThat(group.getJsonObject("meta").getString("location")).isEqualTo(Scim.baseUrl() + "/Groups/" + group.getString("id"));
            assertThat(withoutMembers.get(i).keySet()).doesNotContain("members");
            assertThat(withoutMembers.get(i)).isEqualTo(Scim.get("/Groups/" + group.getString("id") + "?excludedAttributes=members").json());
        }
    }

    @Test
    void versionsAreEtagsAndIfNoneMatchAnswers304() {
        String id = scimUsers.get(3).getString("id");
        Http.Answer first = Scim.get("/Users/" + id);
        String version = first.json().getJsonObject("meta").getString("version");

        Http.Answer again = Scim.get("/Users/" + id, Scim.TOKEN, "If-None-Match", version);
        Http.Answer other = Scim.get("/Users/" + id, Scim.TOKEN, "If-None-Match", "W/\"something-else\"");

        assertThat(version).startsWith("W/\"");
        assertThat(first.header("ETag")).isEqualTo(version);
        assertThat(again.status()).isEqualTo(304);
        assertThat(other.status()).isEqualTo(200);
        assertThat(first.json().getJsonObject("meta").getString("location")).isEqualTo(Scim.baseUrl() + "/Users/" + id);
    }

    @Test
    void aFullReadTakesDepartmentsFromTheOrganisationStructureApiAndCallsNoRetiredRoute() {
        Sandbox.reset();
        Admin.discardSnapshot(Admin.tenantNamed("Test company"));

        Map<String, String> names = Scim.get("/Groups?count=1000&excludedAttributes=members").json().getJsonArray("Resources")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(g -> g.getString("id"), g -> g.getString("displayName")));

        Set<String> endpoints = Sandbox.requestLog().getJsonObject("byEndpoint").keySet();
        assertThat(endpoints).contains("GET /organization/structure/api/departments")
                .noneMatch(endpoint -> endpoint.matches("GET /api/v3/(departments|legalentities).*"));
        for (JsonObject user : lucca.listed()) {
            JsonObject department = user.getJsonObject("department");
            assertThat(names.get("LUCCA_DEPT_" + LuccaData.id(department))).isEqualTo(department.getString("name"));
        }
    }

    @Test
    void groupsOfTheFourTypesHoldTheUsersLuccaAttachesToThem() {
        List<JsonObject> groups = Scim.get("/Groups?count=1000").json().getJsonArray("Resources").getValuesAs(JsonObject.class);
        Map<String, Set<String>> expected = new HashMap<>();
        for (JsonObject scim : scimUsers) {
            JsonObject user = lucca.user(Long.parseLong(scim.getString("id")));
            for (String group : List.of("LUCCA_DEPT_" + LuccaData.id(user.getJsonObject("department")),
                    "LUCCA_ETS_" + LuccaData.id(user.getJsonObject("legalEntity")),
                    "LUCCA_LU_" + lucca.legalUnitId(user),
                    "LUCCA_COUNTRY_" + lucca.countryCode(user))) {
                expected.computeIfAbsent(group, g -> new HashSet<>()).add(scim.getString("id"));
            }
        }

        Map<String, Set<String>> actual = groups.stream().collect(Collectors.toMap(g -> g.getString("id"),
                g -> g.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("value"))
                        .collect(Collectors.toSet())));
        assertThat(actual).containsAllEntriesOf(expected);
        assertThat(actual.entrySet()).filteredOn(e -> !expected.containsKey(e.getKey()))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEmpty());
        assertThat(expected.keySet()).anyMatch(id -> id.startsWith("LUCCA_COUNTRY_")).allMatch(id -> !id.endsWith("_null"));
        JsonObject one = Scim.get("/Groups/" + groups.get(0).getString("id")).json();
        assertThat(one.getString("displayName")).isEqualTo(groups.get(0).getString("displayName"));
        assertThat(one.getJsonArray("members").getJsonObject(0).getString("$ref")).startsWith(Scim.baseUrl() + "/Users/");
    }

    @Test
    void discoveryDescribesTheTenantsCustomAttributes() {
        JsonObject config = Scim.get("/ServiceProviderConfig").json();
        JsonObject resourceTypes = Scim.get("/ResourceTypes").json();
        Http.Answer schemas = Scim.get("/Schemas");

        assertThat(config.getJsonObject("filter").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("etag").getBoolean("supported")).isTrue();
        assertThat(resourceTypes.toString()).contains("\"User\"", "\"Group\"", ENTERPRISE);
        JsonObject enterprise = schemas.json().getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .filter(s -> ENTERPRISE.equals(s.getString("id"))).findFirst().orElseThrow();
        Map<String, JsonObject> attributes = enterprise.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("name"), a -> a));
        assertThat(attributes).containsKeys("employeeNumber", "department", "manager", "dtContractStart", "e_bloodType",
                "e_tShirtSize", "e_tShirtSizeId", "e_commuteDistanceKm");
        assertThat(attributes).doesNotContainKeys("e_emergencyContact", "e_languages");
        assertThat(attributes.get("e_hasCompanyCar").getString("type")).isEqualTo("boolean");
        assertThat(attributes.get("department").getString("mutability")).isEqualTo("readOnly");
    }

    @Test
    void oktaSpecFlowForAReadOnlySource() {
        JsonObject firstOne = Scim.get("/Users?count=1&startIndex=1").json();
        String id = firstOne.getJsonArray("Resources").getJsonObject(0).getString("id");
        String userName = firstOne.getJsonArray("Resources").getJsonObject(0).getString("userName");

        assertThat(firstOne.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(firstOne.getInt("itemsPerPage")).isEqualTo(1);
        assertThat(Scim.get("/Users/" + id).json().getString("userName")).isEqualTo(userName);
        assertThat(Scim.get("/Users?filter=" + Scim.encode("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"")).json()
                .getInt("totalResults")).isEqualTo(1);
        assertThat(Scim.get("/Users?filter=" + Scim.encode("userName eq \"unknown.user@example.com\"")).json()
                .getInt("totalResults")).isZero();
        assertScimError(Scim.get("/Users/999999999"), 404);
        assertScimError(Scim.get("/Users", "wrong-token"), 401);
        assertThat(Scim.get("/Groups").status()).isEqualTo(200);
        assertThat(Scim.get("/users?count=1").status()).isEqualTo(200);
    }

    @Test
    void countZeroGivesTotalsOnlyAndALargeCountEverything() {
        JsonObject totals = Scim.get("/Users?count=0").json();
        JsonObject capped = Scim.get("/Users?count=100000").json();

        assertThat(totals.getInt("totalResults")).isEqualTo(scimUsers.size());
        assertThat(totals.containsKey("Resources") ? totals.getJsonArray("Resources") : JsonArray.EMPTY_JSON_ARRAY).isEmpty();
        // Under the 1,000 cap, an oversized count simply returns everything.
        assertThat(capped.getInt("itemsPerPage")).isEqualTo(scimUsers.size());
        assertThat(capped.getJsonArray("Resources")).hasSize(scimUsers.size());
    }

    @Test
    void badTokensBadParametersAndHostileFiltersGetScimErrors() {
        assertScimError(Http.get(Scim.baseUrl() + "/Users"), 401);
        assertScimError(Scim.get("/Users", ""), 401);
        assertScimError(Scim.get("/Users?startIndex=abc"), 400);
        assertScimError(Scim.get("/Users?count=ten"), 400);
        assertScimError(Scim.get("/Users?sortOrder=sideways&sortBy=userName"), 400);
        assertThat(assertScimError(Scim.get("/Users?filter=" + Scim.encode("userName eq")), 400).getString("scimType"))
                .isEqualTo("invalidFilter");
        assertThat(assertScimError(Scim.get("/Users?filter=" + Scim.encode("(".repeat(600) + "userName eq \"x\"" + ")".repeat(600))), 400)
                .getString("scimType")).isEqualTo("invalidFilter");
        assertScimError(Scim.get("/Users?filter=" + Scim.encode("userName eq \"" + "x".repeat(4_000) + "\"")), 400);
        assertScimError(Scim.get("/Nothing"), 404);
    }

    @Test
    void writesThatOktaCannotMakeAreRefusedWithReasons() {
        String id = scimUsers.get(0).getString("id");
        String[] auth = {"Authorization", "Bearer " + Scim.TOKEN};

        assertThat(assertScimError(Http.post(Scim.baseUrl() + "/Users", "{}", auth), 403).getString("detail")).containsIgnoringCase("Lucca");
        assertThat(assertScimError(Http.delete(Scim.baseUrl() + "/Users/" + id, auth), 403).getString("detail")).containsIgnoringCase("Lucca");
        String patch = """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"title","value":"Buyer"}]}""";
        assertThat(assertScimError(Http.put(Scim.baseUrl() + "/Users/" + id, "{}", auth), 403).getString("detail"))
                .contains("not enabled");
        assertScimError(Http.send("PATCH", Scim.baseUrl() + "/Users/" + id, patch, auth), 403);
        assertScimError(Http.post(Scim.baseUrl() + "/Groups", "{}", auth), 403);
        assertScimError(Http.send("PATCH", Scim.baseUrl() + "/Groups/LUCCA_DEPT_1", "{}", auth), 403);
        assertScimError(Http.put(Scim.baseUrl() + "/Groups/LUCCA_DEPT_1", "{}", auth), 403);
        assertScimError(Http.delete(Scim.baseUrl() + "/Groups/LUCCA_DEPT_1", auth), 403);
    }

    @Test
    void threeConcurrentImportsOfAColdTenantCostAFewLuccaCallsAndNo429() {
        // A fresh rate window and request log: only the connector's calls for this tenant are counted.
        Sandbox.reset();

        List<CompletableFuture<List<JsonObject>>> imports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imports.add(CompletableFuture.supplyAsync(() -> Scim.allUsers(Scim.CONCURRENT_TOKEN)));
        }
        List<List<String>> idLists = imports.stream().map(CompletableFuture::join)
                .map(users -> users.stream().map(u -> u.getString("id")).toList()).toList();

        JsonObject log = Sandbox.requestLog();
        int users = lucca.users.size();
        assertThat(idLists).allSatisfy(ids -> assertThat(ids).hasSize(scimUsers.size()).doesNotHaveDuplicates());
        assertThat(log.getInt("total")).isLessThanOrEqualTo((users + 999) / 1000 + 10);
        assertThat(log.getJsonObject("byStatus").keySet()).containsOnly("200");
    }

    @Test
    void aChangeInLuccaIsServedFromCacheUntilTheTtlThenAppearsWithANewVersion() {
        String id = scimUsers.get(5).getString("id");
        // A snapshot built now: the change below comes well within its TTL (60 s in test.properties).
        Admin.discardSnapshot(Admin.tenantNamed("Refreshing company"));
        JsonObject before = Scim.get("/Users/" + id, Scim.REFRESH_TOKEN).json();
        String version = before.getJsonObject("meta").getString("version");
        String title = "Refreshed " + System.nanoTime();
        assertThat(Http.put(Http.sandboxUrl() + "/api/v3/users/" + id, "{\"jobTitle\":\"" + title + "\"}",
                Sandbox.auth(Sandbox.ALL_KEY)).status()).isEqualTo(200);

        assertThat(Scim.get("/Users/" + id, Scim.REFRESH_TOKEN).json().getString("title")).isEqualTo(before.getString("title"));

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Scim.get("/Users/" + id, Scim.REFRESH_TOKEN).json().getString("title")).isEqualTo(title));
        JsonObject after = Scim.get("/Users/" + id, Scim.REFRESH_TOKEN).json();
        assertThat(after.getJsonObject("meta").getString("version")).isNotEqualTo(version);
        assertThat(Scim.get("/Users/" + id, Scim.REFRESH_TOKEN, "If-None-Match", version).status()).isEqualTo(200);
    }

    private static JsonObject assertScimError(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        JsonObject error = answer.json();
        assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.getString("status")).isEqualTo(Integer.toString(status));
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
        return error;
    }

    private static String phone(JsonObject scim, String type) {
        return scim.containsKey("phoneNumbers") ? scim.getJsonArray("phoneNumbers").getValuesAs(JsonObject.class).stream()
                .filter(p -> type.equals(p.getString("type"))).map(p -> p.getString("value")).findFirst().orElse(null) : null;
    }

    private static Instant lastModified(JsonObject user) {
        return OffsetDateTime.parse(user.getJsonObject("meta").getString("lastModified")).toInstant();
    }

    private static List<String> ids(JsonObject listResponse) {
        return listResponse.containsKey("Resources") ? listResponse.getJsonArray("Resources").getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("id")).toList() : List.of();
    }
}
