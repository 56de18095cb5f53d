package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.as;
import static dev.luccaokta.it.Admin.tenants;
import static dev.luccaokta.it.Admin.withCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * <p>The fuzzer's seed is fixed (every failure names it and the request's number); {@code -Dfuzz.seed=N} replays
 * or explores another sequence. Writes with the write-back tenant's token on real people cost Lucca calls, which
 * the connector keeps under Lucca's budget by waiting (on Lucca's 50 calls a minute; the shared test server allows
 * more): most write probes fail validation before Lucca is asked, and the writes run first, the long read campaign
 * next, so that the budget has mostly recovered when the tenant tests need Lucca; a call that still waits for it is
 * slow, not failed, since the class sends everything through its own client with a two-minute timeout.
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
    /**
     * Longest URL the fuzzer sends: Payara Micro refuses a request whose line and headers pass 8 KiB before the
     * connector sees it (HTTP/1.1: an empty 400; HTTP/2: a reset stream), which is the server's configuration.
     */
    private static final int MAX_URL = 7_000;

    private static final String WRITER = "test-writeback-token-5b2e9c47";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static final String CLEMENT = Admin.CLEMENT;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    // ------------------------------------------------------------------------------------------------ fuzzing

    @Test
    @Order(1)
    void hundredsOfHostileWritesNeverFailTheServerAndEveryRefusalIsAScimError() {
        Fuzzer fuzz = new Fuzzer(SEED + 1);
        Campaign campaign = new Campaign("writes", SEED + 1);
        // The writer tenant's first read may still be building its snapshot on a busy machine: Okta would ask again.
        List<JsonObject> people = Scim.served(() -> scim("/Users?count=100", WRITER)).json().getJsonArray("Resources")
                .getValuesAs(JsonObject.class).stream().filter(user -> Long.parseLong(user.getString("id")) > 10).toList();
        Campaign lucca = new Campaign("writes reaching Lucca", SEED + 1);

        for (int n = 0; n < CHEAP_WRITE_PROBES; n++) {
            campaign.run(n, fuzz.cheapWriteProbe(people));
        }
        for (int n = 0; n < LUCCA_WRITE_PROBES; n++) {
            lucca.run(CHEAP_WRITE_PROBES + n, fuzz.luccaWriteProbe(people));
        }

        Campaign.assertClean(campaign, lucca);
    }

    @Test
    @Order(2)
    void thousandsOfHostileReadsNeverFailTheServerAndEveryRefusalIsAScimError() {
        Fuzzer fuzz = new Fuzzer(SEED);
        Campaign campaign = new Campaign("reads", SEED);
        List<String> userIds = ids(scim("/Users?count=1000&attributes=id").json());
        List<String> groupIds = ids(scim("/Groups?count=1000&attributes=id").json());

        for (int n = 0; n < READ_PROBES; n++) {
            campaign.run(n, fuzz.readProbe(userIds, groupIds));
        }

        Campaign.assertClean(campaign);
    }

    // ------------------------------------------------------------------------------------------------ size limits

    @Test
    @Order(3)
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        String user = Scim.baseUrl() + "/Users/20";
        byte[] justOver = paddedPatch(MAX_BODY_BYTES + 1);
        byte[] atTheLimit = paddedPatch(MAX_BODY_BYTES);
        byte[] huge = paddedPatch(8 * 1024 * 1024);

        Http.Answer declared = send(new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/scim+json"), justOver, false));
        Http.Answer chunked = send(new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/scim+json"), huge, true));
        Http.Answer put = send(new Probe("PUT", user, bearer(WRITER, "Content-Type", "application/json"), huge, false));
        long start = System.nanoTime();
        Http.Answer unauthenticated = send(new Probe("PUT", user, List.of("Content-Type", "application/json"), huge, false));
        Duration refusal = Duration.ofNanos(System.nanoTime() - start);
        Http.Answer accepted = send(new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/scim+json"), atTheLimit, false));

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
        byte[] patch = bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Zoé\"}]}");

        Http.Answer objectValue = send(new Probe("GET", Scim.baseUrl() + "/Users?filter=" + Scim.encode("userName eq {}"), bearer(Scim.TOKEN), null, false));
        Http.Answer arrayValue = send(new Probe("GET", Scim.baseUrl() + "/Groups?filter=" + Scim.encode("displayName ne [1,2]"), bearer(Scim.TOKEN), null, false));
        Http.Answer badAccept = send(new Probe("GET", user, bearer(Scim.TOKEN, "Accept", "application/json;q=abc"), null, false));
        Http.Answer garbageAccept = send(new Probe("GET", user, bearer(Scim.TOKEN, "Accept", ";;;"), null, false));
        Http.Answer badLanguage = send(new Probe("GET", user, bearer(Scim.TOKEN, "Accept-Language", "xx-YY;q=2"), null, false));
        Http.Answer browserLanguages = send(new Probe("GET", user, bearer(Scim.TOKEN, "Accept-Language", "fr-FR, en;q=0.8, *;q=0.1"), null, false));
        Http.Answer badContentType = send(new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/json;charset="), patch, false));
        Http.Answer twoContentTypes = send(new Probe("PATCH", user, bearer(Scim.TOKEN, "Content-Type", "application/json",
                "Content-Type", "application/scim+json"), patch, false));
        Http.Answer garbageOnAGet = send(new Probe("GET", user, bearer(Scim.TOKEN, "Content-Type", "garbage"), null, false));
        // The write-back token, so that the body is read (the policy speaks first); a version no user has, so that
        // nothing is written.
        String stale = "W/\"not-the-version\"";
        Http.Answer unknownCharset = send(new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=bogus-charset",
                "If-Match", stale), patch, false));
        Http.Answer emptyCharset = send(new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=\"\"",
                "If-Match", stale), patch, false));
        Http.Answer latin1 = send(new Probe("PATCH", user, bearer(WRITER, "Content-Type", "application/json; charset=ISO-8859-1",
                "If-Match", stale), new String(patch, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1), false));

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
        String title = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Isolation tester\"}]}";
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
            Http.Answer answer = send(new Probe("PATCH", Scim.baseUrl() + "/Users/20", bearer(WRITER, "Content-Type",
                    "application/scim+json", "If-Match", "W/\"not-the-version\""),
                    bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operation + "]}"), false));
            JsonObject error = assertScimError(answer, 400);
            assertThat(error.getString("scimType")).as(name).isEqualTo("invalidPath");
            assertThat(error.getString("detail")).as(name).containsAnyOf("2000", "10 levels", "50 are");
        });
        assertThat(tooLong).hasSize(2_001);
    }

    @Test
    @Order(10)
    void hostilePatchPathsNeverFailTheServerAndEveryRefusalIsAScimError() {
        Fuzzer fuzz = new Fuzzer(SEED + 2);
        Campaign campaign = new Campaign("PATCH paths", SEED + 2);
        List<String> people = ids(scim("/Users?count=100&attributes=id", WRITER).json()).stream()
                .filter(id -> Long.parseLong(id) > 10).toList();

        for (int n = 0; n < PATCH_PATH_PROBES; n++) {
            campaign.run(n, fuzz.patchPathProbe(people));
        }

        Campaign.assertClean(campaign);
    }

    // ------------------------------------------------------------------------------------------------ admin API

    @Test
    @Order(11)
    void hostileAdministrationRequestsNeverFailTheServerAndRefusalsChangeNothing() {
        String[] paul = Admin.operator();
        String target = createTenant(paul, "Fuzz target", CLEMENT, Sandbox.READ_KEY).getString("id");
        AdminFuzzer fuzz = new AdminFuzzer(SEED + 3, target);
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

        Campaign.assertClean(campaign);
    }

    private static String pathed(String path) {
        return "{\"op\":\"replace\",\"path\":\"" + path + "\",\"value\":\"x\"}";
    }

    /** What the administration API shows of every tenant, to the operator. */
    private static String adminState(String target) {
        Http.Answer all = get(tenants(), Admin.operator());
        Http.Answer one = get(tenant(target), Admin.operator());
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        return all.body() + "\n" + one.status() + " " + one.body();
    }

    private static void assertRefusedEverywhere(String token, String why) {
        String patch = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]}";
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
            Http.Answer answer = send(new Probe(call[0], Scim.baseUrl() + call[1],
                    bearer(token, "Content-Type", "application/scim+json"), body, false));
            assertThat(answer.status()).as(why + " tenant, " + call[0] + " " + call[1] + ": " + answer.body()).isEqualTo(401);
            assertScimError(answer, 401);
        }
    }

    // ------------------------------------------------------------------------------------------------ the fuzzer

    /** One request to send: method, absolute URL, header pairs, body (null for none), sent chunked or not. */
    record Probe(String method, String url, List<String> headers, byte[] body, boolean chunked) {

        String describe() {
            StringBuilder text = new StringBuilder(method).append(' ').append(shortened(url, 600));
            for (int i = 0; i < headers.size(); i += 2) {
                text.append("\n    ").append(headers.get(i)).append(": ").append(shortened(headers.get(i + 1), 200));
            }
            if (body != null) {
                text.append("\n    body (").append(body.length).append(" bytes").append(chunked ? ", chunked" : "")
                        .append("): ").append(shortened(new String(body, StandardCharsets.UTF_8), 600));
            }
            return text.toString();
        }
    }

    /** Sends probes, checks every answer, keeps the failures for one assertion naming the seed. */
    private static final class Campaign {

        private final String name;
        private final long seed;
        private final java.util.function.BiFunction<Probe, Http.Answer, String> checker;
        private final List<String> failures = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private long started;
        private long finished;
        private int sent;
        private int failed;

        /** A campaign on the SCIM endpoints: every refusal a SCIM error. */
        Campaign(String name, long seed) {
            this(name, seed, HostileInputIT::problem);
        }

        /** @param checker what is wrong with an answer, or null */
        Campaign(String name, long seed, java.util.function.BiFunction<Probe, Http.Answer, String> checker) {
            this.name = name;
            this.seed = seed;
            this.checker = checker;
        }

        /** The answer, or null when none came (a failure of the campaign). */
        Http.Answer run(int number, Probe probe) {
            if (sent++ == 0) {
                started = System.nanoTime();
            }
            try {
                return check(number, probe);
            } finally {
                finished = System.nanoTime();
            }
        }

        private Http.Answer check(int number, Probe probe) {
            Http.Answer answer;
            try {
                answer = send(probe);
            } catch (RuntimeException e) {
                reject(number, probe, "got no answer (" + e + ")");
                return null;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = checker.apply(probe, answer);
            if (problem != null) {
                reject(number, probe, problem + ": " + answer.status() + " " + shortened(answer.body(), 800));
            }
            return answer;
        }

        void reject(int number, Probe probe, String problem) {
            failed++;
            if (failures.size() < 40) {
                failures.add("#" + number + " " + problem + "\n  " + probe.describe());
            }
        }

        /** Prints what each campaign sent and got, then fails naming the seed if any answer was wrong. */
        static void assertClean(Campaign... campaigns) {
            List<String> failures = new ArrayList<>();
            for (Campaign campaign : campaigns) {
                System.out.printf("Hostile %s: %d requests in %d s with seed %d; statuses %s%n", campaign.name,
                        campaign.sent, Duration.ofNanos(campaign.finished - campaign.started).toSeconds(), campaign.seed,
                        campaign.statuses);
                if (campaign.failed > 0) {
                    failures.add(String.format("%s fuzzing with seed %d (replay: -Dfuzz.seed=%d) failed %d of %d requests:%n%s",
                            campaign.name, campaign.seed, SEED, campaign.failed, campaign.sent, String.join("\n", campaign.failures)));
                }
            }
            if (!failures.isEmpty()) {
                fail(String.join("\n", failures));
            }
        }
    }

    /** What is wrong with a SCIM answer, or null. */
    private static String problem(Probe probe, Http.Answer answer) {
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

    /** Seeded random requests, from grammars and mutations. */
    private static final class Fuzzer {

        private static final List<String> ATTRIBUTES = List.of("id", "externalId", "userName", "name", "name.givenName",
                "name.familyName", "name.formatted", "displayName", "title", "active", "emails", "emails.value",
                "emails.type", "emails.primary", "phoneNumbers", "phoneNumbers.value", "phoneNumbers.type", "addresses",
                "addresses.formatted", "addresses.type", "preferredLanguage", "locale", "groups", "groups.value", "meta",
                "meta.created", "meta.lastModified", "meta.version", "meta.resourceType", "meta.location", "schemas",
                "members", "members.value", "members.display", "members.$ref", "displayname", "USERNAME", "Name.GivenName",
                ENTERPRISE + ":employeeNumber", ENTERPRISE + ":department", ENTERPRISE + ":manager",
                ENTERPRISE + ":manager.value", ENTERPRISE + ":manager.displayName", ENTERPRISE + ":manager.$ref",
                ENTERPRISE + ":e_bloodType", ENTERPRISE + ":e_commuteDistanceKm", ENTERPRISE + ":e_hasCompanyCar",
                ENTERPRISE + ":e_badgeIssuedOn", ENTERPRISE + ":e_tShirtSize", ENTERPRISE + ":dtContractStart",
                ENTERPRISE + ":birthDate", ENTERPRISE + ":habilitedRoles", ENTERPRISE + ":theoreticalCompensation",
                ENTERPRISE + ":cspId", ENTERPRISE, CORE_USER + ":userName", CORE_USER + ":name.givenName",
                CORE_USER + ":emails.value", CORE_GROUP + ":displayName", CORE_GROUP + ":members.value",
                "urn:ietf:params:scim:schemas:extension:other:2.0:User:x", "e_bloodType", "nonexistent", "a.b.c.d");
        private static final List<String> VALUE_PATHS = List.of("emails[type eq \"work\"].value",
                "emails[type eq \"work\"]", "emails[primary eq true].value", "phoneNumbers[type eq \"mobile\"].value",
                "phoneNumbers[type eq \"work\"]", "addresses[type eq \"work\"].formatted", "members[value eq \"1\"]",
                "members[value eq \"1\"].display", "emails[value co \"@\" and type ne \"home\"]",
                "emails[not (type eq \"work\")].value", "groups[value pr]", "name[givenName eq \"a\"]",
                CORE_USER + ":emails[type eq \"work\"].value", ENTERPRISE + ":manager[value eq \"3\"].displayName");
        private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le",
                "EQ", "Co", "sW", "GT", "le");
        private static final List<String> WORDS = List.of("paul", "paul.nguyen", "work", "home", "Sales", "fr-FR",
                "LUCCA_DEPT_1", "1", "20", "true", "sandbox-industries.example", "Zoé", "O'Connor", "Núñez-Vidal", "");
        private static final List<String> HOSTILE = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r",
                "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff",
                "😀", "中文", "é", "e\u0301", "\u202e", "\"", "\"\"", "\\", "\\\\", "\\\"", "\\u", "\\u00", "\\x41", "'", "`",
                "(", ")", "[", "]", "{", "}", ".", ":", ",", ";", "%", "%00", "&", "=", "+", "#", "?", "/", "*", "$", "<", ">",
                " and ", " or ", "not", " pr", " eq ", "[type eq \"work\"]", "urn:", "null", "-", "--", "../");
        private static final List<String> RAW_ESCAPES = List.of("%FF", "%C3%28", "%ED%A0%80", "%00", "%F0%9F%98",
                "%C0%AF", "%E2%82", "%80", "%25", "%2525", "%0D%0A", "%FE%FF", "%EF%BB%BF");
        /**
         * Escapes for paths: the server itself refuses a path with an invalid UTF-8 escape, {@code %00} or {@code %5C}
         * (an empty 400 before the connector sees it), so those go only in query strings, which the connector decodes.
         */
        private static final List<String> PATH_ESCAPES = List.of("%25", "%2525", "%0D%0A", "%EF%BB%BF", "%2F", "%3B",
                "%E2%80%AE", "%7F", "%F0%9F%98%80", "%3F", "%23", "%20");
        private static final List<String> CONTENT_TYPES = List.of("application/scim+json", "application/json",
                "application/json; charset=utf-8", "application/scim+json;charset=UTF-8", "application/json; charset=utf-16",
                "application/json; charset=ISO-8859-1", "application/json; charset=bogus-charset",
                "application/json; charset=\"\"", "application/json;charset=", "text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "*/*", "application/*",
                "garbage", "application/json;;", "application/json, text/plain", "application/scim+json; q=0.5",
                "application/merge-patch+json", "application/json-patch+json", "text/html; charset=utf-8",
                "application/octet-stream", "application/json; boundary=\"\\\"", "application/vnd.api+json", "",
                "application/", "/json", "application/json; charset", "application/json;=x");
        private static final List<String> ACCEPTS = List.of("application/scim+json", "application/json", "*/*",
                "application/xml", "text/html", "application/scim+json;q=0.1, text/plain;q=0.9", "garbage",
                "application/*", "text/*", "application/json; charset=utf-16", "*/*;q=0", "application/scim+json;q=0",
                "image/png", "application/json;q=abc", ";;;", "application/scim+json, application/json");
        private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT",
                "PATCH", "DELETE", "FOO", "PROPFIND", "get");
        private static final List<String> PARAMETERS = List.of("filter", "sortBy", "sortOrder", "startIndex", "count",
                "attributes", "excludedAttributes", "FILTER", "Filter", "sortby", "SORTORDER", "StartIndex", "COUNT",
                "Attributes", "excludedattributes", "cursor", "domain", "callback", "format", "q", "", "filter ", " count",
                "filter[]", "count.x", "$filter", "_", "%00", "ﬁlter");

        private final Random random;

        Fuzzer(long seed) {
            this.random = new Random(seed);
        }

        // ---------------------------------------------------------------- read probes

        Probe readProbe(List<String> userIds, List<String> groupIds) {
            Probe probe;
            do {
                probe = anyReadProbe(userIds, groupIds);
            } while (probe.url().length() > MAX_URL);
            return probe;
        }

        private Probe anyReadProbe(List<String> userIds, List<String> groupIds) {
            int kind = random.nextInt(100);
            String collection = random.nextInt(4) == 0 ? "/Groups" : "/Users";
            if (kind < 50) {
                return get(collection + "?" + listQuery());
            }
            if (kind < 62) {
                String id = collection.equals("/Users") ? pick(userIds) : pick(groupIds);
                String query = random.nextBoolean() ? "" : "?" + projectionQuery();
                List<String> headers = bearer(token());
                if (random.nextInt(3) == 0) {
                    headers = with(headers, "If-None-Match", pick(List.of("*", "W/\"x\"", "\"", "W/", "W/\"\"",
                            "\"a\", \"b\"", asciiText(20), "W/\"" + asciiText(10) + "\"")));
                }
                return new Probe("GET", Scim.baseUrl() + collection + "/" + pathSegment(id) + query, headers, null, false);
            }
            if (kind < 72) {
                return new Probe(pick(METHODS), Scim.baseUrl() + collection + randomPath(userIds, groupIds)
                        + (random.nextBoolean() ? "" : "?" + randomQuery()), bearer(token()), null, false);
            }
            if (kind < 80) {
                return get(discoveryPath() + (random.nextBoolean() ? "" : "?" + randomQuery()));
            }
            if (kind < 90) {
                return get(collection + "?" + randomQuery());
            }
            return headerProbe(collection, userIds);
        }

        private Probe get(String pathAndQuery) {
            return new Probe("GET", Scim.baseUrl() + pathAndQuery, bearer(token()), null, false);
        }

        /** Mostly the main tenant's token; the write-back tenant's sometimes, a broken token rarely. */
        private String token() {
            int n = random.nextInt(20);
            return n < 16 ? Scim.TOKEN : n < 19 ? WRITER : pick(List.of("", "x", Scim.TOKEN + "x", "Bearer " + Scim.TOKEN,
                    " " + Scim.TOKEN + " ", Scim.TOKEN.toUpperCase(), "a".repeat(600), "%00"));
        }

        private Probe headerProbe(String collection, List<String> userIds) {
            String url = Scim.baseUrl() + collection + (random.nextBoolean() ? "" : "/" + pick(userIds))
                    + (random.nextBoolean() ? "" : "?" + listQuery());
            List<String> headers = new ArrayList<>();
            int auth = random.nextInt(10);
            if (auth < 6) {
                headers.addAll(bearer(Scim.TOKEN));
            } else if (auth < 9) {
                headers.addAll(List.of("Authorization", pick(List.of("bearer " + Scim.TOKEN, "BEARER   " + Scim.TOKEN,
                        Scim.TOKEN, "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)),
                        "Bearer", "Bearer " + "x".repeat(513), "Digest realm=x", "Bearer " + Scim.TOKEN + ", Bearer x",
                        "Bearer\t" + Scim.TOKEN))));
            }
            if (random.nextBoolean()) {
                headers.addAll(List.of("Accept", pick(ACCEPTS)));
            }
            if (random.nextInt(3) == 0) {
                headers.addAll(List.of("Accept-Charset", pick(List.of("utf-16", "bogus", "*", "iso-8859-1;q=0"))));
            }
            if (random.nextInt(3) == 0) {
                headers.addAll(List.of("If-None-Match", pick(List.of("*", "W/\"x\"", "\"", "garbage", "W/"))));
            }
            if (random.nextInt(4) == 0) {
                headers.addAll(List.of("X-Request-Id", pick(List.of("abc", "x".repeat(300), "a b", "a\"b", "<script>"))));
            }
            if (random.nextInt(4) == 0) {
                headers.addAll(List.of("Accept-Language", pick(List.of("fr-FR", "*", "xx-YY;q=2", "garbage;;;"))));
            }
            return new Probe(pick(List.of("GET", "GET", "HEAD", "OPTIONS", "DELETE", "POST")), url, headers, null, false);
        }

        /** The parameters of a list request: mostly a filter, with paging, sorting and projection now and then. */
        private String listQuery() {
            List<String> parts = new ArrayList<>();
            if (random.nextInt(10) < 8) {
                parts.add("filter=" + value(filter()));
            }
            if (random.nextInt(3) == 0) {
                parts.add("sortBy=" + value(random.nextInt(5) == 0 ? mutate(attribute()) : attribute()));
            }
            if (random.nextInt(4) == 0) {
                parts.add("sortOrder=" + value(pick(List.of("ascending", "descending", "ASCENDING", "Descending",
                        " descending ", "up", "", "-1", "asc", randomText(8)))));
            }
            if (random.nextInt(3) == 0) {
                parts.add("startIndex=" + value(number()));
            }
            if (random.nextInt(3) == 0) {
                parts.add("count=" + value(number()));
            }
            if (random.nextInt(4) == 0) {
                parts.add(projectionQuery());
            }
            if (random.nextInt(8) == 0) {
                parts.add(randomQuery());
            }
            java.util.Collections.shuffle(parts, random);
            return String.join("&", parts);
        }

        private String projectionQuery() {
            String name = random.nextInt(5) == 0 ? "excludedAttributes" : "attributes";
            String query = name + "=" + value(attributeList());
            if (random.nextInt(10) == 0) {
                query += "&" + (name.equals("attributes") ? "excludedAttributes" : "attributes") + "=" + value(attributeList());
            }
            return query;
        }

        private String attributeList() {
            int n = random.nextInt(10) == 0 ? 200 : 1 + random.nextInt(5);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(12);
                names.add(kind < 8 ? attribute() : kind < 9 ? pick(VALUE_PATHS) : kind < 11 ? mutate(attribute()) : randomText(12));
            }
            String list = String.join(pick(List.of(",", ",", ", ", " , ", ",,", ";")), names);
            return random.nextInt(20) == 0 ? list + ",".repeat(random.nextInt(50)) + "x".repeat(random.nextInt(5_000)) : list;
        }

        /** Random parameters: known names in odd cases, repeated, unknown names, odd values. */
        private String randomQuery() {
            int n = 1 + random.nextInt(6);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = random.nextInt(4) == 0 ? randomText(6) : pick(PARAMETERS);
                String text = switch (random.nextInt(6)) {
                    case 0 -> filter();
                    case 1 -> number();
                    case 2 -> attribute();
                    case 3 -> randomText(30);
                    case 4 -> "";
                    default -> mutate(filter());
                };
                parts.add(random.nextInt(10) == 0 ? value(name) : value(name) + "=" + value(text));
            }
            return String.join(random.nextInt(10) == 0 ? ";" : "&", parts);
        }

        /** Numbers as clients send them, and as they should not. */
        private String number() {
            return switch (random.nextInt(8)) {
                case 0 -> Integer.toString(random.nextInt(1_100));
                case 1 -> Integer.toString(-random.nextInt(5));
                case 2 -> pick(List.of("0", "1", "2", "99", "100", "101", "499", "500", "1000", "1001", "2147483647",
                        "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808"));
                case 3 -> "9".repeat(1 + random.nextInt(400));
                case 4 -> pick(List.of("1.5", "1e3", "0x10", "abc", " 3 ", "+4", "-0", "00000000000000000001", "１",
                        "٣", "1,2", "NaN", "Infinity", "-", "+", "1 2", "0b1", "1_000", "true", "null"));
                case 5 -> "-" + "9".repeat(1 + random.nextInt(30));
                case 6 -> randomText(5);
                default -> Long.toString(random.nextLong());
            };
        }

        // ---------------------------------------------------------------- filters

        /** A filter from the RFC 7644 grammar, mutated two times in five. */
        String filter() {
            String filter = random.nextInt(12) == 0 ? extremeFilter() : expression(0);
            return random.nextInt(5) < 2 ? mutate(filter) : filter;
        }

        private String expression(int depth) {
            int kind = random.nextInt(depth > 3 ? 4 : 10);
            return switch (kind) {
                case 0, 1, 2, 3 -> comparison();
                case 4, 5 -> expression(depth + 1) + space() + pick(List.of("and", "or", "AND", "Or", "aNd"))
                        + space() + expression(depth + 1);
                case 6 -> pick(List.of("not", "NOT", "not ", "Not")) + "(" + expression(depth + 1) + ")";
                case 7 -> "(" + expression(depth + 1) + ")";
                case 8 -> complexAttribute() + "[" + expression(depth + 2) + "]";
                default -> pick(VALUE_PATHS) + space() + comparisonTail();
            };
        }

        private String comparison() {
            return (random.nextInt(6) == 0 ? pick(VALUE_PATHS) : attribute()) + space() + comparisonTail();
        }

        private String comparisonTail() {
            return random.nextInt(8) == 0 ? pick(List.of("pr", "PR", "Pr")) : pick(OPERATORS) + space() + literal();
        }

        private String space() {
            return pick(List.of(" ", " ", " ", "  ", "\t", " \n "));
        }

        private String complexAttribute() {
            return pick(List.of("emails", "phoneNumbers", "addresses", "members", "groups", "name", "meta",
                    ENTERPRISE + ":manager", CORE_USER + ":emails", "userName", "title", randomText(5)));
        }

        /** An attribute path: known ones in any case, URN-qualified, or made up. */
        String attribute() {
            int kind = random.nextInt(20);
            if (kind < 15) {
                return pick(ATTRIBUTES);
            }
            if (kind < 17) {
                return CORE_USER + ":" + pick(ATTRIBUTES);
            }
            if (kind < 18) {
                return ENTERPRISE + ":" + randomIdentifier();
            }
            return randomIdentifier() + (random.nextBoolean() ? "" : "." + randomIdentifier());
        }

        private String randomIdentifier() {
            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-$é:";
            StringBuilder id = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return id.toString();
        }

        /** A comparison value of every JSON type and a few that are none. */
        private String literal() {
            return switch (random.nextInt(13)) {
                case 0, 1 -> quoted(pick(WORDS));
                case 2 -> quoted(randomText(random.nextInt(20)));
                case 3 -> Integer.toString(random.nextInt(2_000) - 1_000);
                case 4 -> pick(List.of("-1", "3.14", "1e10", "-0", "0.0", "1E-7", "-2.5e+3", "0.1e1", "1.", ".5", "01"));
                case 5 -> pick(List.of("9".repeat(20), "9".repeat(400), "1e400", "-1e-400", "1e999999999",
                        "123456789012345678901234567890.5", "1" + "0".repeat(1_500), "0." + "0".repeat(900) + "1"));
                case 6 -> pick(List.of("true", "false", "null", "TRUE", "False", "Null", "nul", "tru"));
                case 7 -> quoted(pick(List.of("2024-01-01T00:00:00Z", "2024-02-30T25:61:61Z", "2011-05-13",
                        "0000-00-00T00:00:00", "+999999999-12-31T23:59:59Z", "2024-01-01T00:00:00.123456789+14:00",
                        "1970-01-01T00:00:00-18:00", "2024-W01", "yesterday")));
                case 8 -> quoted("Zoé 😀 中文 \u202e \ud800");
                case 9 -> pick(List.of("\"\\u00e9\\n\\t\\\"\\\\\"", "\"\\x\"", "\"\\u12\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"",
                        "\"\\/\"", "\"\\", "\"unterminated", "\"a\"\"b\"", "\"\\u0000\""));
                case 10 -> pick(WORDS).isEmpty() ? "x" : pick(WORDS).replace("\"", "");
                case 11 -> quoted("x".repeat(100 + random.nextInt(1_000)));
                default -> pick(List.of("[]", "{}", "\"\"", "'single'", "[1,2]", "{\"a\":1}", "()", "@", ""));
            };
        }

        /** Filters at and past the limits: deep, long, wide. */
        private String extremeFilter() {
            return switch (random.nextInt(8)) {
                case 0 -> {
                    int depth = 1 + random.nextInt(40);
                    yield "(".repeat(depth) + comparison() + ")".repeat(depth);
                }
                case 1 -> {
                    int depth = 1 + random.nextInt(30);
                    yield "emails[".repeat(depth) + "value pr" + "]".repeat(depth);
                }
                case 2 -> "userName eq \"" + "a".repeat(1_900 + random.nextInt(200)) + "\"";
                case 3 -> String.join(" or ", java.util.Collections.nCopies(40 + random.nextInt(20), comparison()));
                case 4 -> "not (".repeat(5 + random.nextInt(10)) + comparison() + ")".repeat(5 + random.nextInt(10));
                case 5 -> "userName eq " + "9".repeat(1_000 + random.nextInt(900));
                case 6 -> "(".repeat(random.nextInt(12)) + ")".repeat(random.nextInt(12)) + "[".repeat(random.nextInt(12));
                default -> "userName eq \"" + "\\\"".repeat(random.nextInt(900)) + "\"";
            };
        }

        /** One to three random damages: truncation, doubled quotes, inserted hostile text, deletions, repetition. */
        String mutate(String text) {
            String mutated = text;
            int damages = 1 + random.nextInt(3);
            for (int i = 0; i < damages; i++) {
                int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.length() + 1);
                mutated = switch (random.nextInt(9)) {
                    case 0 -> mutated.substring(0, at);
                    case 1 -> mutated.replaceFirst("\"", "\"\"");
                    case 2, 3 -> mutated.substring(0, at) + pick(HOSTILE) + mutated.substring(at);
                    case 4 -> at < mutated.length() ? mutated.substring(0, at) + mutated.substring(at + 1) : mutated;
                    case 5 -> mutated.substring(0, at) + mutated.substring(at).toUpperCase();
                    case 6 -> mutated.substring(0, at) + mutated.substring(0, at) + mutated.substring(at);
                    case 7 -> mutated.substring(0, at) + " " + pick(List.of("and", "or", "not", "pr", "eq", "[", "]"))
                            + " " + mutated.substring(at);
                    default -> mutated.substring(0, at) + pick(List.of("9".repeat(500), "\"" + "x".repeat(3_000) + "\"",
                            "😀".repeat(100), "\u0000".repeat(10))) + mutated.substring(at);
                };
            }
            return mutated;
        }

        // ---------------------------------------------------------------- paths

        private String randomPath(List<String> userIds, List<String> groupIds) {
            return switch (random.nextInt(12)) {
                case 0 -> "";
                case 1 -> "/";
                case 2 -> "/" + pathSegment(pick(userIds)) + "/" + pathSegment(randomText(5));
                case 3 -> "//" + pick(userIds);
                case 4 -> "/" + pick(List.of(".search", "%2e%2e", "..", ".", "%2F", "%2f..%2fGroups", ";a=b", "%3Bx",
                        "%2500", "%25FF", "*", "~", "Me", "Bulk", "%20", "%09", "%7F", "%C2%85", "%EF%BF%BF"));
                case 5 -> "/" + pathSegment(randomText(1 + random.nextInt(300)));
                case 6 -> "/" + pick(groupIds) + "/members";
                case 7 -> "/" + pick(List.of("0", "-1", "99999999999999999999", "1e3", "+1", "01", "0x1", "1.0",
                        "LUCCA_DEPT_" + "9".repeat(40), "LUCCA_COUNTRY_", "LUCCA_", "lucca_dept_1", "LUCCA_DEPT_-1"));
                case 8 -> "/" + pathSegment(pick(userIds)) + ";" + randomIdentifier() + "=" + pathSegment(randomText(4));
                case 9 -> "/" + pathSegment(pick(userIds)) + "/";
                case 10 -> "/" + pathSegment(pick(userIds)) + pick(PATH_ESCAPES);
                default -> "/" + pathSegment(mutate(pick(userIds)));
            };
        }

        private String discoveryPath() {
            return pick(List.of("/ServiceProviderConfig", "/ServiceProviderConfigs", "/Schemas", "/Schemas/",
                    "/Schemas/" + CORE_USER, "/Schemas/" + ENTERPRISE, "/Schemas/" + CORE_GROUP,
                    "/Schemas/" + pathSegment(ENTERPRISE.toUpperCase()), "/Schemas/" + pathSegment(randomText(20)),
                    "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User:userName", "/ResourceTypes",
                    "/ResourceTypes/User", "/ResourceTypes/Group", "/ResourceTypes/user", "/ResourceTypes/" + pathSegment(randomText(8)),
                    "/ResourceTypes/User/x", "/serviceproviderconfig", "/schemas", "", "/", "/Me", "/Bulk", "/.search",
                    "/Schemas/" + pick(PATH_ESCAPES), "/ResourceTypes/%2e%2e"));
        }

        // ---------------------------------------------------------------- write probes

        /**
         * A write that costs Lucca nothing: the main tenant's token (reverse sync off, refused after the body is
         * read), the write-back token on an id Lucca cannot have, a body that fails validation, or a Group.
         */
        Probe cheapWriteProbe(List<JsonObject> people) {
            Probe probe;
            do {
                probe = anyCheapWriteProbe(people);
            } while (probe.url().length() > MAX_URL);
            return probe;
        }

        private Probe anyCheapWriteProbe(List<JsonObject> people) {
            String method = random.nextBoolean() ? "PATCH" : "PUT";
            JsonObject person = pick(people);
            byte[] body = bytes(method.equals("PATCH") ? patchBody(person) : putBody(person));
            int target = random.nextInt(10);
            String path;
            String token;
            if (target < 5) {
                path = "/Users/" + person.getString("id");
                token = Scim.TOKEN;
            } else if (target < 7) {
                path = "/Users/" + pathSegment(pick(List.of("abc", "1.5", "1e3", "", "%00", "LUCCA_DEPT_1", "99999999999999999999",
                        "12abc", " 12", "😀", randomText(10))));
                token = WRITER;
            } else if (target < 9) {
                path = "/Users/" + person.getString("id");
                token = WRITER;
                body = brokenBody(method);
            } else {
                path = pick(List.of("/Groups/LUCCA_DEPT_1", "/Groups", "/Users", "/Groups/x", "/Schemas", "/ServiceProviderConfig"));
                token = random.nextBoolean() ? WRITER : Scim.TOKEN;
            }
            List<String> headers = bearer(token);
            if (random.nextInt(4) == 0) {
                String contentType = pick(CONTENT_TYPES);
                headers = with(headers, "Content-Type", contentType);
            } else if (random.nextInt(10) > 0) {
                headers = with(headers, "Content-Type", method.equals("PATCH") ? "application/scim+json" : "application/json");
            }
            if (random.nextInt(5) == 0) {
                headers = with(headers, "If-Match", pick(List.of("*", "W/\"x\"", "\"", "garbage", person.getJsonObject("meta").getString("version"))));
            }
            boolean chunked = random.nextInt(8) == 0;
            String sent = random.nextInt(30) == 0 ? pick(List.of("POST", "DELETE", "patch")) : method;
            // The server itself refuses a DELETE with a body (an empty 400) before the connector sees it.
            return new Probe(sent, Scim.baseUrl() + path, headers, sent.equals("DELETE") ? null : body, chunked);
        }

        /** A well-formed write on a real person with the write-back token: Lucca is read, and written when a value changed. */
        Probe luccaWriteProbe(List<JsonObject> people) {
            JsonObject person = pick(people);
            boolean patch = random.nextInt(3) > 0;
            String body = patch ? validPatch() : mutatedUser(person);
            return new Probe(patch ? "PATCH" : "PUT", Scim.baseUrl() + "/Users/" + person.getString("id"),
                    bearer(WRITER, "Content-Type", "application/scim+json"), bytes(body), false);
        }

        /** Bodies that no parser should take: the write fails validation before Lucca is asked. */
        private byte[] brokenBody(String method) {
            return switch (random.nextInt(12)) {
                case 0 -> new byte[0];
                case 1 -> bytes(pick(List.of("null", "[]", "\"text\"", "42", "true", "[{}]", "{", "}", "{}}", "{\"a\":1}x",
                        "{'a':1}", "{a:1}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\x\"}", "\u0000", "﻿{}", "// x\n{}")));
                case 2 -> bytes("[".repeat(20_000));
                case 3 -> bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
                case 4 -> bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\","
                        + "\"value\":\"a\"}],\"Operations\":[]}");
                case 5 -> bytes("{\"title\":\"a\",\"title\":\"b\"}");
                case 6 -> {
                    byte[] junk = new byte[1 + random.nextInt(2_000)];
                    random.nextBytes(junk);
                    yield junk;
                }
                case 7 -> new byte[] {(byte) 0xC3, 0x28, '{', '}'};
                case 8 -> bytes("<user><title>x</title></user>");
                case 9 -> bytes("title=x&userName=y");
                case 10 -> method.equals("PATCH")
                        ? bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + pick(List.of("null", "[]", "{}", "\"x\"",
                        "[" + String.join(",", java.util.Collections.nCopies(101, "{\"op\":\"remove\",\"path\":\"title\"}")) + "]")) + "}")
                        : bytes("{\"a\":" + "9".repeat(2_000) + "}");
                default -> bytes(mutate("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\","
                        + "\"value\":\"a\"}]}") + pick(List.of("", "x", "}", "\u0000")));
            };
        }

        /**
         * One PATCH operation on a real person whose path is hostile (deep, long, malformed, a filter inside), with the
         * write-back token and an If-Match no version has, so that a path the server takes still writes nothing.
         */
        Probe patchPathProbe(List<String> people) {
            byte[] body;
            do {
                String path = hostilePath();
                String op = quoted(pick(List.of("add", "replace", "remove", "Replace")));
                String operation = random.nextInt(5) == 0
                        ? "{\"op\":" + op + ",\"value\":{" + quoted(path) + ":" + patchValue() + "}}"
                        : "{\"op\":" + op + ",\"path\":" + quoted(path) + ",\"value\":" + patchValue() + "}";
                body = bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operation + "]}");
            } while (body.length > MAX_BODY_BYTES);
            return new Probe("PATCH", Scim.baseUrl() + "/Users/" + pick(people), bearer(WRITER, "Content-Type",
                    "application/scim+json", "If-Match", "W/\"fuzz\""), body, false);
        }

        private String hostilePath() {
            return switch (random.nextInt(8)) {
                case 0 -> {
                    int depth = random.nextInt(6) == 0 ? random.nextInt(25_000) : random.nextInt(16);
                    yield complexAttribute() + "[" + "(".repeat(depth) + expression(0) + ")".repeat(depth) + "]"
                            + pick(List.of("", ".value", ".type", ".display"));
                }
                case 1 -> pick(List.of("emails[", "(", "[", "emails[type eq \"work\"", "not(", "]", ")"))
                        .repeat(1 + random.nextInt(random.nextBoolean() ? 20 : 20_000)) + pick(List.of("", "x", "]", "\""));
                case 2 -> attribute() + "." + "x".repeat(1 + random.nextInt(6_000));
                case 3 -> pick(List.of("emails[type eq \"work\"][type eq \"home\"]", "emails..value", "name.givenName.x.y",
                        CORE_USER + ":", ":", "[", "]", "emails[]", "emails[type]", "emails[type eq]", "emails[type eq \"work\"].",
                        "emails[value sw \"a\" and not (type eq \"b\")].display", "emails[type eq \"w\"].value[x eq 1]",
                        "$ref", "emails.$ref", "emails[type eq \"work\"]value", "urn:x:y", ENTERPRISE + ":manager[value eq \"1\"]",
                        "members[value eq \"1\"].display", "emails[type eq \"work\" or type eq \"home\"]", "meta.version",
                        "name[givenName pr]", "emails[type eq \"\\u0000\"].value", "é", "😀", "emails[type eq \"work\"] ", " title"));
                case 4 -> mutate(pick(VALUE_PATHS));
                case 5 -> complexAttribute() + "[" + java.util.stream.IntStream.range(0, 1 + random.nextInt(80))
                        .mapToObj(i -> comparison()).collect(Collectors.joining(pick(List.of(" or ", " and ")))) + "].value";
                case 6 -> randomText(1 + random.nextInt(50));
                default -> complexAttribute() + "[" + filter() + "]" + pick(List.of("", ".value", "." + randomIdentifier()));
            };
        }

        /** A PATCH body: mostly well-formed with random operations, sometimes broken in structure. */
        String patchBody(JsonObject person) {
            return switch (random.nextInt(10)) {
                case 0 -> json(2);
                case 1 -> "{\"schemas\":" + pick(List.of("[]", "null", "\"" + PATCH_OP + "\"", "[\"" + CORE_USER + "\"]", "[1]",
                        "[" + quoted(PATCH_OP.toUpperCase()) + "]")) + ",\"Operations\":[" + operation() + "]}";
                case 2 -> "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + json(2) + "}";
                case 3 -> mutate(validPatch());
                default -> validPatch();
            };
        }

        /** A PATCH request with well-formed structure and random operations. */
        String validPatch() {
            int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 3);
            List<String> operations = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                operations.add(operation());
            }
            return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + String.join(",", operations) + "]}";
        }

        private String operation() {
            List<String> fields = new ArrayList<>();
            if (random.nextInt(12) > 0) {
                fields.add("\"op\":" + (random.nextInt(10) == 0 ? json(1) : quoted(pick(List.of("add", "replace", "remove",
                        "Replace", "ADD", "Remove", "move", "copy", "test", "", "replace ")))));
            }
            boolean pathless = random.nextInt(4) == 0;
            if (!pathless) {
                fields.add("\"path\":" + (random.nextInt(10) == 0 ? json(1) : quoted(patchPath())));
            }
            if (random.nextInt(8) > 0) {
                fields.add("\"value\":" + (pathless && random.nextInt(4) > 0 ? pathlessValue() : patchValue()));
            }
            if (random.nextInt(15) == 0) {
                fields.add("\"" + randomIdentifier() + "\":" + json(1));
            }
            java.util.Collections.shuffle(fields, random);
            return "{" + String.join(",", fields) + "}";
        }

        private String patchPath() {
            int kind = random.nextInt(10);
            if (kind < 4) {
                return pick(List.of("title", "name.givenName", "name.familyName", "userName", "emails[type eq \"work\"].value",
                        "phoneNumbers[type eq \"work\"].value", "phoneNumbers[type eq \"mobile\"].value",
                        "addresses[type eq \"work\"].formatted", ENTERPRISE + ":employeeNumber", ENTERPRISE + ":birthDate",
                        ENTERPRISE + ":gender", ENTERPRISE + ":nationality", ENTERPRISE + ":personalMobile",
                        ENTERPRISE + ":personalEmail", "active", "displayName", "name", "emails", "phoneNumbers",
                        ENTERPRISE + ":manager", ENTERPRISE + ":manager.value", ENTERPRISE + ":department",
                        ENTERPRISE + ":e_bloodType", ENTERPRISE + ":theoreticalCompensation", ENTERPRISE, "meta", "id",
                        "schemas", "groups", "members", "emails[type eq \"work\"]", "emails[value eq \"x\"].primary",
                        "addresses[type eq \"work\"]", "name.formatted", "", " "));
            }
            if (kind < 7) {
                return attribute();
            }
            if (kind < 8) {
                return pick(VALUE_PATHS);
            }
            return mutate(pick(List.of("emails[type eq \"work\"].value", "name.givenName", ENTERPRISE + ":employeeNumber",
                    "members[value eq \"1\"]")));
        }

        private String pathlessValue() {
            int n = 1 + random.nextInt(4);
            List<String> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                members.add(quoted(random.nextInt(3) == 0 ? attribute() : patchPath()) + ":" + patchValue());
            }
            return "{" + String.join(",", members) + "}";
        }

        private String patchValue() {
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> quoted(pick(List.of("Zoé", "Buyer", "x", "", "True", "False", "1980-05-06", "06/05/1980",
                        "not-a-mail", "paul.nguyen@sandbox-industries.example", "+33 1 23 45 67 89", "F", "FRA", "X-1",
                        " ", "null", "2024-02-30", "9".repeat(30))));
                case 3 -> quoted(randomText(random.nextInt(40)));
                case 4 -> pick(List.of("true", "false", "null", "0", "-1", "1.5", "1e308", "9".repeat(300), "[]", "{}"));
                case 5 -> "[{\"value\":" + quoted(pick(List.of("a@b.example", "x", ""))) + ",\"type\":" + quoted(pick(List.of("work", "home", "mobile")))
                        + (random.nextBoolean() ? ",\"primary\":" + pick(List.of("true", "\"True\"", "1", "null")) : "") + "}]";
                case 6 -> "{\"givenName\":" + json(0) + ",\"familyName\":" + json(0) + "}";
                case 7 -> "{\"value\":" + json(0) + ",\"displayName\":" + json(0) + "}";
                default -> json(3);
            };
        }

        /** A PUT body: the person as Okta read them, changed at random; or random JSON. */
        String putBody(JsonObject person) {
            return switch (random.nextInt(8)) {
                case 0 -> json(3);
                case 1 -> mutate(mutatedUser(person));
                case 2 -> "{\"schemas\":[\"" + CORE_USER + "\"],\"title\":" + quoted("x".repeat(random.nextInt(60_000))) + "}";
                default -> mutatedUser(person);
            };
        }

        /** The person, with a few attributes removed, replaced by values of other types, or added. */
        String mutatedUser(JsonObject person) {
            Map<String, JsonValue> user = new java.util.LinkedHashMap<>(person);
            List<String> names = new ArrayList<>(user.keySet());
            int changes = 1 + random.nextInt(4);
            StringBuilder extra = new StringBuilder();
            for (int i = 0; i < changes; i++) {
                int kind = random.nextInt(6);
                String name = pick(names);
                if (kind == 0) {
                    user.remove(name);
                } else if (kind < 3) {
                    user.put(name, Http.Answer.json("{\"v\":" + json(2) + "}").get("v"));
                } else if (kind < 4 && user.get(name) instanceof JsonObject object && !object.isEmpty()) {
                    Map<String, JsonValue> inner = new java.util.LinkedHashMap<>(object);
                    inner.put(pick(new ArrayList<>(inner.keySet())), Http.Answer.json("{\"v\":" + patchValue() + "}").get("v"));
                    user.put(name, Json.createObjectBuilder(inner).build());
                } else if (kind < 5) {
                    user.put(pick(List.of("title", "userName", "externalId", "nickName", randomIdentifier())),
                            Http.Answer.json("{\"v\":" + patchValue() + "}").get("v"));
                } else {
                    extra.append(",").append(quoted(pick(names))).append(":").append(json(1));
                }
            }
            String body = Json.createObjectBuilder(user).build().toString();
            return extra.length() == 0 ? body : body.substring(0, body.length() - 1) + extra + "}";
        }

        /** Random JSON of every type, nested up to {@code depth}. */
        String json(int depth) {
            int kind = random.nextInt(depth > 0 ? 10 : 7);
            return switch (kind) {
                case 0 -> quoted(randomText(random.nextInt(30)));
                case 1 -> pick(List.of("0", "-1", "1.5", "1e308", "-1e-308", "9".repeat(100), "3", "-0"));
                case 2 -> pick(List.of("true", "false"));
                case 3 -> "null";
                case 4 -> quoted(pick(WORDS));
                case 5 -> quoted(pick(List.of("True", "False", "2024-01-01", "urn:x", "W/\"1\"")));
                case 6 -> "\"\"";
                case 7, 8 -> {
                    int n = random.nextInt(4);
                    List<String> members = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        members.add(quoted(random.nextBoolean() ? attribute() : randomIdentifier()) + ":" + json(depth - 1));
                    }
                    yield "{" + String.join(",", members) + "}";
                }
                default -> {
                    int n = random.nextInt(4);
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(json(depth - 1));
                    }
                    yield "[" + String.join(",", items) + "]";
                }
            };
        }

        // ---------------------------------------------------------------- text

        /** Random text: letters, digits, punctuation, controls, non-ASCII and hostile pieces. */
        String randomText(int length) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    text.append((char) (' ' + random.nextInt(95)));
                } else if (kind < 7) {
                    text.append(pick(HOSTILE));
                } else if (kind < 8) {
                    text.append((char) random.nextInt(0x20));
                } else if (kind < 9) {
                    text.append((char) (0xa0 + random.nextInt(0x2000)));
                } else {
                    text.appendCodePoint(0x1f600 + random.nextInt(80));
                }
            }
            return text.toString();
        }

        /** Printable ASCII, what a header value may hold. */
        String asciiText(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) (' ' + random.nextInt(95)));
            }
            return text.toString();
        }

        /** A query parameter value, percent-encoded, with an invalid escape now and then. */
        private String value(String text) {
            String encoded = Scim.encode(text);
            if (random.nextInt(25) == 0) {
                int at = random.nextInt(encoded.length() + 1);
                while (at > 0 && at < encoded.length() && (encoded.charAt(at - 1) == '%'
                        || at > 1 && encoded.charAt(at - 2) == '%')) {
                    at--;
                }
                encoded = encoded.substring(0, at) + pick(RAW_ESCAPES) + encoded.substring(at);
            }
            return encoded;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }

    /**
     * Seeded random calls of the administration API by its three accounts (with and without the CSRF header):
     * the documented paths on a tenant made for the purpose and on ids that are none, unknown paths, every method,
     * query parameters, JSON bodies built from the documented ones with values of the wrong type, huge numbers,
     * deep nesting, odd text and nulls, and random content types. Never the tenants the server booted with (a
     * call that succeeds may change what it reaches), never the Authorization header, never a body over 64 KiB.
     */
    private static final class AdminFuzzer {

        private static final List<String> ENDPOINTS = List.of("", "", "/catalogue", "/selection", "/selection", "/options",
                "/options", "/token", "/disable", "/enable", "/lucca-client", "/lucca-key", "/snapshot", "/status", "/audit",
                "/audit", "/preview/20", "/preview/", "/preview/99999999999999999999", "/preview/-1", "/preview/abc",
                "/preview/1e3", "/unknown", "/", "//selection", "/selection/x", "/status/x");
        private static final List<String> METHODS = List.of("GET", "GET", "POST", "PUT", "PUT", "DELETE", "PATCH", "HEAD",
                "OPTIONS", "FOO");
        private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
                "application/json; charset=utf-8", "application/problem+json", "text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
                "application/json; charset=bogus", "*/*", "garbage", "", "application/json;;");
        private static final List<String> HUGE = List.of("1e308", "-1e308", "1e999", "9".repeat(400), "-0", "0.5",
                "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1E-400", "NaN", "\"12\"");

        private final Random random;
        private final Fuzzer words;
        private final String target;

        AdminFuzzer(long seed, String target) {
            this.random = new Random(seed);
            this.words = new Fuzzer(seed);
            this.target = target;
        }

        Probe probe() {
            String method = words.pick(METHODS);
            String path = path();
            if (method.equals("DELETE") && path.equals("/tenants/" + target)) {
                method = "GET";
            }
            String query = random.nextInt(3) == 0 ? "?" + query() : "";
            String[] account = words.pick(List.of(Admin.as(Admin.PAUL, Admin.PAUL_PASSWORD),
                    Admin.as(CLEMENT, Admin.CLEMENT_PASSWORD), Admin.as(Admin.MANON, Admin.MANON_PASSWORD)));
            List<String> headers = new ArrayList<>(List.of(account));
            if (random.nextInt(10) > 0) {
                headers.addAll(List.of("X-Requested-With", random.nextInt(10) > 0 ? "lucca-okta-admin" : words.asciiText(8)));
            }
            if (random.nextInt(4) == 0) {
                headers.addAll(List.of("Accept", words.pick(List.of("application/json", "text/html", "*/*", "garbage",
                        "application/problem+json", "text/event-stream;q=0"))));
            }
            byte[] body = null;
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")
                    || method.equals("DELETE") && random.nextInt(4) == 0) {
                // Bodies past 64 KiB are another test's subject (the administration API's body limit).
                do {
                    body = body(path);
                } while (body.length > MAX_BODY_BYTES);
                headers.addAll(List.of("Content-Type", words.pick(CONTENT_TYPES)));
            }
            // The server itself refuses a DELETE with a body (an empty 400) before the connector sees it.
            return new Probe(method, Http.baseUrl() + "/lucca-okta/admin/api" + path + query, headers,
                    method.equals("DELETE") ? null : body, random.nextInt(10) == 0);
        }

        private String path() {
            int kind = random.nextInt(20);
            if (kind < 2) {
                return words.pick(List.of("/me", "/tenants", "/tenants/", "", "/", "/openapi", "/tenants/" + target + "/status/y"));
            }
            String id = kind < 15 ? target : words.pick(List.of("00000000-0000-0000-0000-000000000000", "x", "..", "%2e%2e",
                    target.toUpperCase(), target + "x", "%20", "1", pathSegment(words.randomText(12))));
            return "/tenants/" + id + words.pick(ENDPOINTS);
        }

        private String query() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String name = words.pick(List.of("offset", "count", "outcome", "userId", "x", "", "count[]", "OUTCOME"));
                String value = words.pick(List.of("0", "50", "-1", "201", "abc", "APPLIED", "refused", "PENDING", "",
                        "99999999999999999999", "1e3", words.randomText(10), words.pick(HUGE)));
                parts.add(name + "=" + words.value(value));
            }
            return String.join("&", parts);
        }

        /** A JSON body shaped like the documented one of that path, with a value changed; or something else. */
        private byte[] body(String path) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                return bytes(mutated(documented(path)));
            }
            return switch (kind) {
                case 6 -> bytes(words.json(3));
                case 7 -> {
                    int depth = 1 + random.nextInt(10_000);
                    yield bytes(random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
                }
                case 8 -> bytes(words.pick(List.of("", "null", "{", "{}}", "{'a':1}", "\u0000", "<x/>", "a=1", "[]", "\"x\"")));
                default -> {
                    byte[] junk = new byte[1 + random.nextInt(2_000)];
                    random.nextBytes(junk);
                    yield junk;
                }
            };
        }

        private Map<String, String> documented(String path) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            if (path.endsWith("/selection")) {
                fields.put("properties", "[\"jobTitle\",\"e_bloodType\"]");
                fields.put("groupTypes", "[\"LUCCA_DEPT\"]");
            } else if (path.endsWith("/options")) {
                fields.put("leaversGraceDays", "90");
                fields.put("snapshotTtlSeconds", "900");
                fields.put("userNameSource", "\"LOGIN\"");
                fields.put("reverseSync", "false");
            } else if (path.endsWith("/token")) {
                fields.put("graceMinutes", "0");
            } else if (path.endsWith("/lucca-key")) {
                fields.put("apiKey", quoted(Sandbox.NO_PERMISSION_KEY));
            } else if (path.endsWith("/lucca-client")) {
                fields.put("clientId", "\"sbx-client-nobody\"");
                fields.put("clientSecret", "\"wrong\"");
            } else {
                fields.put("name", "\"Fuzzed company\"");
                fields.put("technicalAdminEmail", "\"fuzz@fuzz.example\"");
                fields.put("luccaBaseUrl", quoted(Http.sandboxUrl()));
                fields.put("luccaApiKey", quoted(Sandbox.NO_PERMISSION_KEY));
            }
            return fields;
        }

        private String mutated(Map<String, String> fields) {
            List<String> names = new ArrayList<>(fields.keySet());
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String name = words.pick(names);
                switch (random.nextInt(8)) {
                    case 0 -> fields.remove(name);
                    case 1 -> fields.put(name, "null");
                    case 2 -> fields.put(name, words.pick(HUGE));
                    case 3 -> fields.put(name, quoted(words.randomText(random.nextInt(random.nextBoolean() ? 20 : 20_000))));
                    case 4 -> fields.put(name, words.json(3));
                    case 5 -> fields.put(name, "[" + words.pick(HUGE) + ",null,{}," + quoted(words.randomText(5)) + "]");
                    case 6 -> fields.put(words.randomIdentifier(), words.json(2));
                    default -> fields.put(name, "[".repeat(500) + "]".repeat(500));
                }
            }
            return fields.entrySet().stream().map(field -> quoted(field.getKey()) + ":" + field.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /*
     * Every call of this class goes through its own HTTP/1.1 client with a two-minute timeout: a call that needs Lucca
     * may wait up to a minute for the connector's share of Lucca's budget, which the fuzzing spends (the shared
     * helpers of Http time out after 30 s).
     */

    private static Http.Answer get(String url, String... headers) {
        return send(new Probe("GET", url, List.of(headers), null, false));
    }

    private static Http.Answer put(String url, String json, String... headers) {
        return send("PUT", url, json, headers);
    }

    private static Http.Answer post(String url, String json, String... headers) {
        return send("POST", url, json, headers);
    }

    private static Http.Answer delete(String url, String... headers) {
        return send(new Probe("DELETE", url, List.of(headers), null, false));
    }

    private static Http.Answer send(String method, String url, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return send(new Probe(method, url, all, bytes(json), false));
    }

    private static Http.Answer scim(String pathAndQuery, String token) {
        return get(Scim.baseUrl() + pathAndQuery, "Authorization", "Bearer " + token);
    }

    private static Http.Answer scim(String pathAndQuery) {
        return scim(pathAndQuery, Scim.TOKEN);
    }

    /** Any request, its body sent with its length or chunked, over HTTP/1.1. */
    private static Http.Answer send(Probe probe) {
        HttpRequest.BodyPublisher publisher;
        if (probe.body() == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (probe.chunked()) {
            byte[] body = probe.body();
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(probe.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(probe.url())).timeout(Duration.ofSeconds(120))
                .method(probe.method(), publisher);
        for (int i = 0; i < probe.headers().size(); i += 2) {
            request.header(probe.headers().get(i), probe.headers().get(i + 1));
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(16 * 1024 * 1024);
                return new Http.Answer(response.statusCode(), response.headers(), new String(body, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** A PATCH body of exactly {@code size} bytes, padded with spaces inside the JSON. */
    private static byte[] paddedPatch(int size) {
        String head = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]";
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
        Http.Answer created = post(tenants(), "{\"name\":\"" + name + "\",\"technicalAdminEmail\":\"" + mail
                + "\",\"luccaBaseUrl\":\"" + Http.sandboxUrl() + "\",\"luccaApiKey\":\"" + key + "\"}", operator);
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

    private static List<String> bearer(String token, String... more) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers;
    }

    private static List<String> with(List<String> headers, String name, String value) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(name, value));
        return all;
    }

    /** One path segment, percent-encoded; without backslash and NUL, which the server refuses before the connector. */
    private static String pathSegment(String text) {
        return URLEncoder.encode(text.replace("\\", "").replace("\u0000", ""), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shortened(String text, int max) {
        String visible = text.replace("\r", "\\r").replace("\n", "\\n");
        return visible.length() <= max ? visible : visible.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
