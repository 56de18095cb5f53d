package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.as;
import static dev.luccaokta.it.Admin.tenants;
import static dev.luccaokta.it.Admin.withCsrf;
import static dev.luccaokta.it.HostileValues.ENTERPRISE;
import static dev.luccaokta.it.HostileValues.PATCH_OP;
import static dev.luccaokta.it.HostileValues.bytes;
import static dev.luccaokta.it.Probe.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile input and tenant isolation. The SCIM endpoints get thousands of seeded random requests (grammar-made and
 * mutated filters, paging, sorting and projection parameters, random parameters, paths, methods, headers, PATCH and
 * PUT bodies, content types, PATCH operations whose paths are deep, long, malformed or hold filters) and must answer
 * every one below 500, each refusal a SCIM error body without a stack trace; bodies past the size limit are refused
 * with 413 before they are read. The administration API gets the same treatment (seeded paths, methods, parameters,
 * JSON bodies and content types, by its three accounts): every answer below 500, every refusal a problem body, and
 * nothing changed by a refused call. Then two tenants side by side: each
 * token, status, audit trail and administrator sees nothing of the other, and a disabled or deleted tenant's token
 * opens nothing.
 *
 * <p>The requests come from {@link HostileScimRequests} and {@link HostileAdminRequests}, each sent and checked by a
 * {@link Campaign}. The fuzzer's seed is fixed (every failure names it and the request's number);
 * {@code -Dfuzz.seed=N} replays or explores another sequence. Writes with the write-back tenant's token on real
 * people cost Lucca calls, which the connector keeps under Lucca's budget by waiting (on Lucca's 50 calls a minute;
 * the shared test server allows more): most write probes fail validation before Lucca is asked, and the writes run
 * first, the long read campaign next, so that the budget has mostly recovered when the tenant tests need Lucca; a
 * call that still waits for it is slow, not failed, since the class sends everything as a {@link Probe}, with a
 * two-minute timeout.
 */
@SharedServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_250_314L);
    private static final int READ_PROBES = 3_000;
    private static final int CHEAP_WRITE_PROBES = 320;
    private static final int LUCCA_WRITE_PROBES = 24;
    private static final int PATCH_PATH_PROBES = 600;
    private static final int ADMIN_PROBES = 600;
    private static final int MAX_BODY_BYTES = 65_536;

    private static final String WRITER = Scim.WRITEBACK_TOKEN;
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private static final String CLEMENT = Admin.CLEMENT;

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    // ------------------------------------------------------------------------------------------------ fuzzing

    @Test
    @Order(1)
    void hundredsOfHostileWritesNeverFailTheServerAndEveryRefusalIsAScimError() {
        HostileScimRequests fuzz = new HostileScimRequests(SEED + 1);
        Campaign campaign = new Campaign("writes", SEED + 1, HostileInputIT::scimProblem);
        // The writer tenant's first read may still be building its snapshot on a busy machine: Okta would ask again.
        List<JsonObject> people = Scim.served(() -> scim("/Users?count=100", WRITER)).json().getJsonArray("Resources")
                .getValuesAs(JsonObject.class).stream().filter(user -> Long.parseLong(user.getString("id")) > 10).toList();
        Campaign lucca = new Campaign("writes reaching Lucca", SEED + 1, HostileInputIT::scimProblem);

        for (int n = 0; n < CHEAP_WRITE_PROBES; n++) {
            campaign.run(n, fuzz.cheapWriteProbe(people));
        }
        for (int n = 0; n < LUCCA_WRITE_PROBES; n++) {
            lucca.run(CHEAP_WRITE_PROBES + n, fuzz.luccaWriteProbe(people));
        }

        assertClean(campaign, lucca);
    }

    @Test
    @Order(2)
    void thousandsOfHostileReadsNeverFailTheServerAndEveryRefusalIsAScimError() {
        HostileScimRequests fuzz = new HostileScimRequests(SEED);
        Campaign campaign = new Campaign("reads", SEED, HostileInputIT::scimProblem);
        List<String> userIds = ids(Scim.served(() -> scim("/Users?count=1000&attributes=id")).json());
        List<String> groupIds = ids(Scim.served(() -> scim("/Groups?count=1000&attributes=id")).json());

        for (int n = 0; n < READ_PROBES; n++) {
            campaign.run(n, fuzz.readProbe(userIds, groupIds));
        }

        assertClean(campaign);
    }

    // ------------------------------------------------------------------------------------------------ size limits

    @Test
    @Order(3)
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        String user = Scim.baseUrl() + "/Users/20";
        byte[] justOver = paddedPatch(MAX_BODY_BYTES + 1);
        byte[] atTheLimit = paddedPatch(MAX_BODY_BYTES);
        byte[] huge = paddedPatch(8 * 1024 * 1024);

        Http.Answer declared = new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/scim+json"), justOver, false).send();
        Http.Answer chunked = new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/scim+json"), huge, true).send();
        Http.Answer put = new Probe("PUT", user, bearer(WRITER, "Content-Type", "application/json"), huge, false).send();
        long start = System.nanoTime();
        Http.Answer unauthenticated = new Probe("PUT", user, List.of("Content-Type", "application/json"), huge, false).send();
        Duration refusal = Duration.ofNanos(System.nanoTime() - start);
        Http.Answer accepted = new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/scim+json"), atTheLimit, false).send();

        assertScimError(declared, 413);
        assertThat(declared.json().getString("detail")).contains("65536");
        assertScimError(chunked, 413);
        assertScimError(put, 413);
        assertScimError(unauthenticated, 401);
        assertThat(refusal).as("refused without reading 8 MiB").isLessThan(Duration.ofSeconds(10));
        assertScimError(accepted, 403);
        assertThat(accepted.json().getString("detail")).as("refused by the tenant's switch").contains("not enabled");
        assertThat(scim("/ServiceProviderConfig").status()).as("the server is still there").isEqualTo(200);
    }

    @Test
    @Order(4)
    void aFilterOverItsLimitIsRefusedAsInvalid() {
        String longest = "userName eq \"" + "a".repeat(2_000 - 14) + "\"";
        String tooLong = "userName eq \"" + "a".repeat(2_001 - 14) + "\"";

        Http.Answer atTheLimit = scim("/Users?filter=" + Scim.encode(longest));
        Http.Answer over = scim("/Users?filter=" + Scim.encode(tooLong));
        Http.Answer deep = scim("/Users?filter=" + Scim.encode("(".repeat(11) + "userName pr" + ")".repeat(11)));
        Http.Answer many = scim("/Users?filter=" + Scim.encode(java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> "userName eq \"x" + i + "\"").collect(Collectors.joining(" or "))));

        assertThat(longest).hasSize(2_000);
        assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(200);
        assertThat(assertScimError(over, 400).getString("scimType")).isEqualTo("invalidFilter");
        assertThat(over.json().getString("detail")).contains("2000");
        assertThat(assertScimError(deep, 400).getString("scimType")).isEqualTo("invalidFilter");
        assertThat(assertScimError(many, 400).getString("scimType")).isEqualTo("invalidFilter");
    }

    /** What the fuzzer found, one request each, kept as plain regressions. */
    @Test
    @Order(5)
    void whatTheFuzzerFoundIsRefusedAsScimErrors() {
        String user = Scim.baseUrl() + "/Users/20";
        byte[] patch = bytes(titlePatch("Zoé"));

        Http.Answer objectValue = new Probe("GET", Scim.baseUrl() + "/Users?filter=" + Scim.encode("userName eq {}"), bearer(Scim.TOKEN), null, false).send();
        Http.Answer arrayValue = new Probe("GET", Scim.baseUrl() + "/Groups?filter=" + Scim.encode("displayName ne [1,2]"), bearer(Scim.TOKEN), null, false).send();
        Http.Answer badAccept = new Probe("GET", user, bearer(Scim.TOKEN, "Accept", "application/json;q=abc"), null, false).send();
        Http.Answer garbageAccept = new Probe("GET", user, bearer(Scim.TOKEN, "Accept", ";;;"), null, false).send();
        Http.Answer badLanguage = new Probe("GET", user, bearer(Scim.TOKEN, "Accept-Language", "xx-YY;q=2"), null, false).send();
        Http.Answer browserLanguages = new Probe("GET", user, bearer(Scim.TOKEN, "Accept-Language", "fr-FR, en;q=0.8, *;q=0.1"), null, false).send();
        Http.Answer badContentType = new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/json;charset="), patch, false).send();
        Http.Answer twoContentTypes = new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/json",
                "Content-Type", "application/scim+json"), patch, false).send();
        Http.Answer garbageOnAGet = new Probe("GET", user, bearer(Scim.TOKEN, "Content-Type", "garbage"), null, false).send();
        // The write-back token, so that the body is read (the policy speaks first); a version no user has, so that
        // nothing is written.
        String stale = "W/\"not-the-version\"";
        Http.Answer unknownCharset = new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=bogus-charset",
                "If-Match", stale), patch, false).send();
        Http.Answer emptyCharset = new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=\"\"",
                "If-Match", stale), patch, false).send();
        Http.Answer latin1 = new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=ISO-8859-1",
                "If-Match", stale), new String(patch, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1), false).send();

        assertThat(assertScimError(objectValue, 400).getString("scimType")).isEqualTo("invalidFilter");
        assertThat(assertScimError(arrayValue, 400).getString("scimType")).isEqualTo("invalidFilter");
        assertThat(assertScimError(badAccept, 400).getString("detail")).contains("Accept");
        assertThat(assertScimError(garbageAccept, 400).getString("detail")).contains("Accept");
        assertThat(assertScimError(badLanguage, 400).getString("detail")).contains("Accept-Language");
        assertThat(browserLanguages.status()).as(browserLanguages.body()).isEqualTo(200);
        assertThat(assertScimError(badContentType, 400).getString("detail")).contains("Content-Type");
        assertThat(assertScimError(twoContentTypes, 400).getString("detail")).contains("Content-Type");
        assertThat(assertScimError(garbageOnAGet, 400).getString("detail")).contains("Content-Type");
        assertThat(assertScimError(unknownCharset, 412).getString("detail")).as("read as UTF-8").contains("changed in Lucca");
        assertThat(assertScimError(emptyCharset, 412).getString("detail")).as("read as UTF-8").contains("changed in Lucca");
        assertThat(assertScimError(latin1, 400).getString("detail")).contains("UTF-8");
    }

    // ------------------------------------------------------------------------------------------------ isolation

    @Test
    @Order(6)
    void eachTenantsTokenSeesItsOwnSelectionPeopleStatusAndAuditAndNothingOfTheOther() {
        String[] paul = Admin.operator();
        JsonObject a = createTenant(paul, "Alpha Isolation", "it@alpha.example", Sandbox.ALL_KEY);
        JsonObject b = createTenant(paul, "Beta Isolation", "it@beta.example", Sandbox.READ_KEY);
        String aId = a.getString("id");
        String bId = b.getString("id");
        String aToken = a.getString("scimToken");
        String bToken = b.getString("scimToken");
        expect(put(tenant(aId) + "/selection", "{\"properties\":[\"jobTitle\",\"e_bloodType\"],\"groupTypes\":[\"LUCCA_DEPT\"]}", paul), 200);
        expect(put(tenant(bId) + "/selection", "{\"properties\":[\"employeeNumber\",\"e_hasCompanyCar\"],\"groupTypes\":[\"LUCCA_COUNTRY\"]}", paul), 200);
        expect(put(tenant(aId) + "/options", "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":900,\"userNameSource\":\"LOGIN\",\"reverseSync\":true}", paul), 200);

        JsonObject aUsers = scim("/Users?count=1000", aToken).json();
        JsonObject bUsers = scim("/Users?count=1000", bToken).json();
        Set<String> aIds = Set.copyOf(ids(aUsers));
        Set<String> bIds = Set.copyOf(ids(bUsers));
        Set<String> onlyA = new HashSet<>(aIds);
        onlyA.removeAll(bIds);

        // Each token sees its own selection, never the other's.
        assertThat(resources(aUsers)).isNotEmpty().allMatch(user -> !enterprise(user).containsKey("employeeNumber"))
                .anyMatch(user -> user.containsKey("title"));
        assertThat(resources(bUsers)).isNotEmpty().allMatch(user -> !user.containsKey("title"))
                .allMatch(user -> !enterprise(user).containsKey("e_bloodType"))
                .anyMatch(user -> enterprise(user).containsKey("employeeNumber"));
        assertThat(scim("/Schemas", aToken).body()).contains("e_bloodType").doesNotContain("e_hasCompanyCar");
        assertThat(scim("/Schemas", bToken).body()).contains("e_hasCompanyCar").doesNotContain("e_bloodType");
        assertThat(scim("/Schemas/" + ENTERPRISE, bToken).body()).doesNotContain("e_bloodType");
        assertThat(ids(scim("/Groups?count=1000", aToken).json())).isNotEmpty().allMatch(id -> id.startsWith("LUCCA_DEPT_"));
        assertThat(ids(scim("/Groups?count=1000", bToken).json())).isNotEmpty().allMatch(id -> id.startsWith("LUCCA_COUNTRY_"));
        assertThat(scim("/Groups/LUCCA_DEPT_1", bToken).status()).isEqualTo(404);
        // Each token sees the people its own Lucca key shows: A's key sees future employees, B's does not.
        assertThat(onlyA).as("future employees, seen with A's key only").isNotEmpty();
        for (String id : onlyA) {
            assertScimError(scim("/Users/" + id, bToken), 404);
            assertThat(scim("/Users?filter=" + Scim.encode("id eq \"" + id + "\""), bToken).json().getInt("totalResults")).isZero();
            assertThat(scim("/Users/" + id, aToken).status()).isEqualTo(200);
        }

        // Writes: A's token may write, B's may not; each audit trail holds only its own tenant's attempts.
        String person = resources(aUsers).stream().filter(user -> bIds.contains(user.getString("id")))
                .filter(user -> Long.parseLong(user.getString("id")) > 10).findFirst().orElseThrow().getString("id");
        String title = titlePatch("Isolation tester");
        Http.Answer aWrite = send("PATCH", Scim.baseUrl() + "/Users/" + person, title,
                "Authorization", "Bearer " + aToken, "X-Request-Id", "tenant-a-write-1");
        Http.Answer bWrite = send("PATCH", Scim.baseUrl() + "/Users/" + person, title,
                "Authorization", "Bearer " + bToken, "X-Request-Id", "tenant-b-write-1");
        Http.Answer bPut = send("PUT", Scim.baseUrl() + "/Users/" + person, "{\"title\":\"Beta wrote this\"}",
                "Authorization", "Bearer " + bToken, "X-Request-Id", "tenant-b-write-2");
        assertThat(aWrite.status()).as(aWrite.body()).isEqualTo(200);
        assertThat(assertScimError(bWrite, 403).getString("detail")).contains("not enabled");
        assertThat(assertScimError(bPut, 403).getString("detail")).contains("not enabled");
        assertThat(Sandbox.get("/api/v3/users/" + person + "?fields=jobTitle", Sandbox.ALL_KEY).json()
                .getJsonObject("data").getString("jobTitle")).isEqualTo("Isolation tester");
        JsonObject aAudit = get(tenant(aId) + "/audit", paul).json();
        JsonObject bAudit = get(tenant(bId) + "/audit", paul).json();
        assertThat(field(aAudit, "requestId")).containsExactly("tenant-a-write-1");
        assertThat(field(bAudit, "requestId")).containsExactlyInAnyOrder("tenant-b-write-1", "tenant-b-write-2");
        assertThat(field(bAudit, "outcome")).containsOnly("REFUSED");
        assertThat(aAudit.toString()).doesNotContain("tenant-b-", "Beta wrote this", bToken, Sandbox.READ_KEY);
        assertThat(bAudit.toString()).doesNotContain("tenant-a-", "Isolation tester", aToken, Sandbox.ALL_KEY);
        // B's token never reads A's user as A's selection shows it, even after A's write.
        assertThat(scim("/Users/" + person, bToken).body()).doesNotContain("Isolation tester");

        // Status: each tenant's last Okta request is its own; previews and catalogues follow each selection.
        scim("/Schemas", aToken);
        scim("/Groups?count=1", bToken);
        JsonObject aStatus = get(tenant(aId) + "/status", paul).json();
        JsonObject bStatus = get(tenant(bId) + "/status", paul).json();
        assertThat(aStatus.getJsonObject("lastOktaRequest").getString("kind")).isEqualTo("GET Schemas");
        assertThat(bStatus.getJsonObject("lastOktaRequest").getString("kind")).isEqualTo("GET Groups");
        assertThat(aStatus.getJsonObject("snapshot").getInt("users")).isEqualTo(aIds.size());
        assertThat(bStatus.getJsonObject("snapshot").getInt("users")).isEqualTo(bIds.size());
        assertThat(aStatus.toString()).doesNotContain(bId, "Beta");
        assertThat(bStatus.toString()).doesNotContain(aId, "Alpha");
        JsonObject aPreview = get(tenant(aId) + "/preview/" + person, paul).json();
        JsonObject bPreview = get(tenant(bId) + "/preview/" + person, paul).json();
        assertThat(aPreview.getJsonObject("scim").getString("title")).isEqualTo("Isolation tester");
        assertThat(bPreview.getJsonObject("scim").containsKey("title")).isFalse();
        assertThat(bPreview.getJsonObject("scim").toString()).doesNotContain("e_bloodType");
        assertThat(selected(get(tenant(aId) + "/catalogue", paul).json())).contains("jobTitle", "e_bloodType")
                .doesNotContain("employeeNumber", "e_hasCompanyCar");
        assertThat(selected(get(tenant(bId) + "/catalogue", paul).json())).contains("employeeNumber", "e_hasCompanyCar")
                .doesNotContain("jobTitle", "e_bloodType");

        // A SCIM token opens no administration endpoint, its own tenant's or the other's.
        for (String id : List.of(aId, bId)) {
            for (String token : List.of(aToken, bToken)) {
                Http.Answer answer = get(tenant(id), "Authorization", "Bearer " + token);
                assertThat(answer.status()).as(answer.body()).isEqualTo(401);
                assertThat(answer.body()).doesNotContain("Alpha", "Beta");
            }
        }
    }

    @Test
    @Order(7)
    void someoneWhoAdministersOneTenantIsRefusedEveryEndpointOfAnotherAndLearnsNothingOfIt() {
        String[] paul = Admin.operator();
        String[] clement = withCsrf(as(CLEMENT, Admin.CLEMENT_PASSWORD));
        String own = createTenant(paul, "Clement's own company", "it@own.example", Sandbox.READ_KEY).getString("id");
        JsonObject other = createTenant(paul, "Blindfold Holdings", "secret-admin@blindfold.example", Sandbox.NO_PERMISSION_KEY);
        String id = other.getString("id");
        String token = other.getString("scimToken");
        String base = tenant(id);
        List<String> secrets = List.of("Blindfold", "secret-admin@blindfold.example", Sandbox.NO_PERMISSION_KEY, token);
        Map<String, Supplier<Http.Answer>> endpoints = new TreeMap<>(Map.ofEntries(
                Map.entry("GET tenant", () -> get(base, clement)),
                Map.entry("GET status", () -> get(base + "/status", clement)),
                Map.entry("GET status/events", () -> get(base + "/status/events", withHeader(clement, "Accept", "text/event-stream"))),
                Map.entry("GET preview", () -> get(base + "/preview/20", clement)),
                Map.entry("GET catalogue", () -> get(base + "/catalogue", clement)),
                Map.entry("GET audit", () -> get(base + "/audit", clement)),
                Map.entry("PUT selection", () -> put(base + "/selection", "{\"properties\":[\"jobTitle\"],\"groupTypes\":[\"LUCCA_DEPT\"]}", clement)),
                Map.entry("PUT options", () -> put(base + "/options",
                        "{\"leaversGraceDays\":1,\"snapshotTtlSeconds\":60,\"userNameSource\":\"MAIL\",\"reverseSync\":true}", clement)),
                Map.entry("POST token", () -> post(base + "/token", "{\"graceMinutes\":0}", clement)),
                Map.entry("POST disable", () -> post(base + "/disable", "", clement)),
                Map.entry("POST enable", () -> post(base + "/enable", "", clement)),
                Map.entry("DELETE tenant", () -> delete(base, clement))));

        assertThat(get(tenant(own), clement).status()).as("Clément administers his own").isEqualTo(200);
        endpoints.forEach((name, call) -> {
            Http.Answer answer = call.get();
            assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).as(name).startsWith("application/problem+json");
            assertThat(answer.json().getString("detail")).as(name).contains("users.read");
            assertThat(answer.body()).as(name).doesNotContain(secrets.toArray(String[]::new))
                    .doesNotContain("Exception", "at dev.luccaokta");
        });
        assertThat(get(tenants(), clement).body()).doesNotContain(id, "Blindfold");

        JsonObject untouched = get(base, paul).json();
        assertThat(untouched.getBoolean("enabled")).isTrue();
        assertThat(untouched.getString("name")).isEqualTo("Blindfold Holdings");
        assertThat(untouched.getJsonArray("selectedProperties").toString()).doesNotContain("jobTitle");
        assertThat(untouched.getInt("leaversGraceDays")).isNotEqualTo(1);
        assertThat(scim("/ServiceProviderConfig", token).status()).as("the token was not rotated").isEqualTo(200);
    }

    @Test
    @Order(8)
    void aDisabledOrDeletedTenantsTokenIsRefusedOnEveryScimEndpoint() {
        String[] paul = Admin.operator();
        JsonObject created = createTenant(paul, "Soon gone", "it@gone.example", Sandbox.READ_KEY);
        String id = created.getString("id");
        String token = created.getString("scimToken");
        assertThat(scim("/ServiceProviderConfig", token).status()).isEqualTo(200);

        expect(post(tenant(id) + "/disable", "", paul), 200);
        assertRefusedEverywhere(token, "disabled");
        expect(post(tenant(id) + "/enable", "", paul), 200);
        assertThat(scim("/ServiceProviderConfig", token).status()).isEqualTo(200);
        expect(delete(tenant(id), paul), 204);
        assertRefusedEverywhere(token, "deleted");
    }

    // ------------------------------------------------------------------------------------------------ PATCH paths

    @Test
    @Order(9)
    void aPatchPathPastTheFilterLimitsIsRefusedAsAnInvalidPath() {
        String deep = "emails[" + "(".repeat(11) + "type eq \\\"work\\\"" + ")".repeat(11) + "].value";
        String deepest = "emails[" + "(".repeat(31_000) + "type eq \\\"work\\\"" + ")".repeat(31_000) + "].value";
        String tooLong = "name." + "g".repeat(1_996);
        String many = "emails[" + java.util.stream.IntStream.range(0, 51).mapToObj(i -> "value eq \\\"x" + i + "\\\"")
                .collect(Collectors.joining(" or ")) + "].value";

        Map<String, String> refusals = new TreeMap<>(Map.of("deep", pathed(deep), "deepest", pathed(deepest),
                "long", pathed(tooLong), "many comparisons", pathed(many),
                "long key of a path-less operation", "{\"op\":\"replace\",\"value\":{\"" + tooLong + "\":\"x\"}}"));
        refusals.forEach((name, operation) -> {
            Http.Answer answer = new Probe("PATCH", Scim.baseUrl() + "/Users/20", bearer(WRITER, "Content-Type",
                    "application/scim+json", "If-Match", "W/\"not-the-version\""),
                    bytes("""
                            {"schemas":["%s"],"Operations":[%s]}""".formatted(PATCH_OP, operation)), false).send();
            JsonObject error = assertScimError(answer, 400);
            assertThat(error.getString("scimType")).as(name).isEqualTo("invalidPath");
            assertThat(error.getString("detail")).as(name).containsAnyOf("2000", "10 levels", "50 are");
        });
        assertThat(tooLong).hasSize(2_001);
    }

    @Test
    @Order(10)
    void hostilePatchPathsNeverFailTheServerAndEveryRefusalIsAScimError() {
        HostileScimRequests fuzz = new HostileScimRequests(SEED + 2);
        Campaign campaign = new Campaign("PATCH paths", SEED + 2, HostileInputIT::scimProblem);
        List<String> people = ids(scim("/Users?count=100&attributes=id", WRITER).json()).stream()
                .filter(id -> Long.parseLong(id) > 10).toList();

        for (int n = 0; n < PATCH_PATH_PROBES; n++) {
            campaign.run(n, fuzz.patchPathProbe(people));
        }

        assertClean(campaign);
    }

    // ------------------------------------------------------------------------------------------------ admin API

    @Test
    @Order(11)
    void hostileAdministrationRequestsNeverFailTheServerAndRefusalsChangeNothing() {
        String[] paul = Admin.operator();
        String target = createTenant(paul, "Fuzz target", CLEMENT, Sandbox.READ_KEY).getString("id");
        HostileAdminRequests fuzz = new HostileAdminRequests(SEED + 3, target);
        Campaign campaign = new Campaign("administration", SEED + 3, HostileInputIT::adminProblem);
        String before = adminState(target);

        for (int n = 0; n < ADMIN_PROBES; n++) {
            Probe probe = fuzz.probe();
            Http.Answer answer = campaign.run(n, probe);
            if (List.of("GET", "HEAD", "OPTIONS").contains(probe.method())) {
                continue;
            }
            String after = adminState(target);
            if (answer != null && answer.status() >= 400 && !after.equals(before)) {
                campaign.reject(n, probe, "a refused call changed the tenants: " + before + " -> " + after);
            }
            before = after;
        }

        assertClean(campaign);
    }

    private static String pathed(String path) {
        return """
                {"op":"replace","path":"%s","value":"x"}""".formatted(path);
    }

    /** What the administration API shows of every tenant, to the operator. */
    private static String adminState(String target) {
        Http.Answer all = get(tenants(), Admin.operator());
        Http.Answer one = get(tenant(target), Admin.operator());
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        return all.body() + "\n" + one.status() + " " + one.body();
    }

    private static void assertRefusedEverywhere(String token, String why) {
        String patch = titlePatch("x");
        List<String[]> calls = List.of(
                new String[] {"GET", "/Users"}, new String[] {"GET", "/Users?filter=userName%20pr"},
                new String[] {"GET", "/Users/20"}, new String[] {"GET", "/Groups"}, new String[] {"GET", "/Groups/LUCCA_DEPT_1"},
                new String[] {"GET", "/Schemas"}, new String[] {"GET", "/Schemas/" + ENTERPRISE},
                new String[] {"GET", "/ResourceTypes"}, new String[] {"GET", "/ResourceTypes/User"},
                new String[] {"GET", "/ServiceProviderConfig"}, new String[] {"PUT", "/Users/20"},
                new String[] {"PATCH", "/Users/20"}, new String[] {"POST", "/Users"}, new String[] {"DELETE", "/Users/20"},
                new String[] {"PUT", "/Groups/LUCCA_DEPT_1"}, new String[] {"PATCH", "/Groups/LUCCA_DEPT_1"},
                new String[] {"POST", "/Groups"}, new String[] {"DELETE", "/Groups/LUCCA_DEPT_1"});
        for (String[] call : calls) {
            byte[] body = call[0].equals("PUT") || call[0].equals("PATCH") || call[0].equals("POST")
                    ? patch.getBytes(StandardCharsets.UTF_8) : null;
            Http.Answer answer = new Probe(call[0], Scim.baseUrl() + call[1],
                    bearer(token, "Content-Type", "application/scim+json"), body, false).send();
            assertThat(answer.status()).as(why + " tenant, " + call[0] + " " + call[1] + ": " + answer.body()).isEqualTo(401);
            assertScimError(answer, 401);
        }
    }

    // ------------------------------------------------------------------------------------------------ answers

    /** Prints what each campaign sent and got, then fails naming the seed if any answer was wrong. */
    private static void assertClean(Campaign... campaigns) {
        List<String> failures = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            System.out.println(campaign.summary());
            campaign.failureReport(SEED).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** What is wrong with a SCIM answer, or null. */
    private static String scimProblem(Probe probe, Http.Answer answer) {
        String leak = failureOrLeak(answer);
        if (leak != null || answer.status() < 400 || probe.method().equals("HEAD")) {
            return leak;
        }
        try {
            JsonObject error = Http.Answer.json(answer.body());
            boolean scim = error.containsKey("schemas") && error.get("schemas").getValueType() == JsonValue.ValueType.ARRAY
                    && error.getJsonArray("schemas").stream().anyMatch(s -> s.toString().equals("\"" + ERROR + "\""));
            if (!scim) {
                return "an error without the SCIM error schema";
            }
            if (!String.valueOf(answer.status()).equals(error.getString("status", ""))) {
                return "an error body whose status is not the answer's";
            }
            return null;
        } catch (RuntimeException notJson) {
            return "an error whose body is not JSON";
        }
    }

    /** What is wrong with an answer of the administration API, or null: a refusal is an RFC 9457 problem. */
    private static String adminProblem(Probe probe, Http.Answer answer) {
        String leak = failureOrLeak(answer);
        if (leak != null || answer.status() < 400 || probe.method().equals("HEAD")) {
            return leak;
        }
        if (!String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
            return "a refusal that is not application/problem+json";
        }
        try {
            JsonObject problem = Http.Answer.json(answer.body());
            if (problem.getInt("status", -1) != answer.status() || problem.getString("detail", "").isBlank()) {
                return "a problem without the answer's status or a detail";
            }
            return null;
        } catch (RuntimeException notJson) {
            return "a problem whose body is not a JSON object";
        }
    }

    /** A server error, or a stack trace or class name in the answer; null when neither. */
    private static String failureOrLeak(Http.Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        String body = answer.body();
        if (body.contains("Exception") || body.contains("at dev.luccaokta") || body.contains("\tat ")
                || body.contains("com.unboundid") || body.contains("java.lang.") || body.contains("jakarta.")) {
            return "stack trace or class name in the answer";
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    // Every call of this class is a Probe, for its two-minute timeout: the fuzzing spends Lucca's budget.

    private static Http.Answer get(String url, String... headers) {
        return new Probe("GET", url, List.of(headers), null, false).send();
    }

    private static Http.Answer put(String url, String json, String... headers) {
        return send("PUT", url, json, headers);
    }

    private static Http.Answer post(String url, String json, String... headers) {
        return send("POST", url, json, headers);
    }

    private static Http.Answer delete(String url, String... headers) {
        return new Probe("DELETE", url, List.of(headers), null, false).send();
    }

    private static Http.Answer send(String method, String url, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return new Probe(method, url, all, bytes(json), false).send();
    }

    private static Http.Answer scim(String pathAndQuery, String token) {
        return get(Scim.baseUrl() + pathAndQuery, "Authorization", "Bearer " + token);
    }

    private static Http.Answer scim(String pathAndQuery) {
        return scim(pathAndQuery, Scim.TOKEN);
    }

    private static JsonObject assertScimError(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/scim+json");
        JsonObject error = answer.json();
        assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo(ERROR);
        assertThat(error.getString("status")).isEqualTo(Integer.toString(status));
        assertThat(answer.body()).doesNotContain("Exception", "at dev.luccaokta");
        return error;
    }

    /** A PATCH request that replaces the title. */
    private static String titlePatch(String title) {
        return """
                {"schemas":["%s"],"Operations":[{"op":"replace","path":"title","value":"%s"}]}""".formatted(PATCH_OP, title);
    }

    /** A PATCH body of exactly {@code size} bytes, padded with spaces inside the JSON. */
    private static byte[] paddedPatch(int size) {
        String head = """
                {"schemas":["%s"],"Operations":[{"op":"replace","path":"title","value":"Buyer"}]""".formatted(PATCH_OP);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 1] = '}';
        return body;
    }

    private static List<String> ids(JsonObject list) {
        return resources(list).stream().map(resource -> resource.getString("id")).toList();
    }

    private static List<JsonObject> resources(JsonObject list) {
        return list.containsKey("Resources") ? list.getJsonArray("Resources").getValuesAs(JsonObject.class) : List.of();
    }

    private static JsonObject enterprise(JsonObject user) {
        return user.containsKey(ENTERPRISE) ? user.getJsonObject(ENTERPRISE) : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static List<String> field(JsonObject audit, String name) {
        return audit.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(entry -> entry.getString(name)).toList();
    }

    private static Set<String> selected(JsonObject catalogue) {
        JsonArray properties = catalogue.getJsonArray("properties");
        return properties.getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("selected"))
                .map(p -> p.getString("code")).collect(Collectors.toSet());
    }

    private static JsonObject createTenant(String[] operator, String name, String mail, String key) {
        Http.Answer created = post(tenants(), """
                {"name":"%s","technicalAdminEmail":"%s","luccaBaseUrl":"%s","luccaApiKey":"%s"}"""
                .formatted(name, mail, Http.sandboxUrl(), key), operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static void expect(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    private static String tenant(String id) {
        return tenants() + "/" + id;
    }

    private static String[] withHeader(String[] headers, String name, String value) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

}
