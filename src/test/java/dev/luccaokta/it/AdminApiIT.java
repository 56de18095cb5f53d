package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.as;
import static dev.luccaokta.it.Admin.setup;
import static dev.luccaokta.it.Admin.tenants;
import static dev.luccaokta.it.Admin.withCsrf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.admin.AdminApplication;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration API's doors (checks that only need a token to authenticate use
 * {@code /ServiceProviderConfig}, which costs no Lucca call, to stay within Lucca's budget): who may sign in, who may create a tenant, who may read one (Lucca decides,
 * through the role of the person's Lucca user), and what a new tenant's first answer gives Okta's admin.
 * Accounts come from server-config/test.properties.
 */
@SharedServerTest
class AdminApiIT {

    private static final String PAUL = Admin.PAUL;
    private static final String CLEMENT = Admin.CLEMENT;
    private static final String MANON = Admin.MANON;

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void signingInTakesAKnownAccountAndItsPassword() {
        assertThat(Http.get(tenants() + "/any").status()).isEqualTo(401);
        assertThat(Http.get(tenants() + "/any", as(PAUL, "wrong-password")).status()).isEqualTo(401);
        assertThat(Http.get(tenants() + "/any", as("nobody@sandbox-industries.example", "x")).status()).isEqualTo(401);
        assertProblem(Http.get(tenants() + "/any", as(PAUL, "paul-test-password")), 404);
        JsonObject paul = Http.get(Http.baseUrl() + "/lucca-okta/admin/api/me", as(PAUL, "paul-test-password")).json();
        JsonObject manon = Http.get(Http.baseUrl() + "/lucca-okta/admin/api/me", as(MANON, "manon-test-password")).json();
        assertThat(paul.getString("mail")).isEqualTo(PAUL);
        assertThat(paul.getBoolean("operator")).isTrue();
        assertThat(manon.getBoolean("operator")).isFalse();
    }

    @Test
    void anOperatorCreatesATenantAndGetsATokenOnceThatOktaCanUse() {
        Http.Answer created = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject tenant = created.json();
        String token = tenant.getString("scimToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(tenant.getString("scimBaseUrl")).isEqualTo(Scim.baseUrl());
        assertThat(tenant.getJsonArray("luccaKeyPermissions").getString(0)).isEqualTo("users.read");
        assertThat(created.header("Location")).endsWith("/admin/api/tenants/" + tenant.getString("id"));
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(200);

        Http.Answer read = Http.get(tenants() + "/" + tenant.getString("id"), as(PAUL, "paul-test-password"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(token, Sandbox.READ_KEY, "scimToken");
    }

    @Test
    void aPersonWhoseLuccaRoleAdministersOktaReadsTheTenantAndOthersAreToldWhatIsMissing() {
        String id = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json().getString("id");

        Http.Answer clement = Http.get(tenants() + "/" + id, as(CLEMENT, "clement-test-password"));
        Http.Answer manon = Http.get(tenants() + "/" + id, as(MANON, "manon-test-password"));

        assertThat(clement.status()).as(clement.body()).isEqualTo(200);
        assertThat(clement.json().getString("id")).isEqualTo(id);
        assertProblem(manon, 403);
        assertThat(manon.json().getString("detail")).contains("okta.administer");
    }

    @Test
    void administeringOneTenantGivesNoRightOnAnotherWhoseLuccaCannotVouchForThePerson() {
        String readable = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json().getString("id");
        String blind = create(PAUL, "paul-test-password", Sandbox.NO_PERMISSION_KEY, true).json().getString("id");

        Http.Answer own = Http.get(tenants() + "/" + readable, as(CLEMENT, "clement-test-password"));
        Http.Answer other = Http.get(tenants() + "/" + blind, as(CLEMENT, "clement-test-password"));

        assertThat(own.status()).isEqualTo(200);
        assertThat(assertProblem(other, 403).getString("detail")).contains("users.read");
        assertThat(Http.get(tenants() + "/" + blind, as(PAUL, "paul-test-password")).status()).isEqualTo(200);
    }

    @Test
    void onlyOperatorsCreateTenants() {
        assertProblem(create(CLEMENT, "clement-test-password", Sandbox.READ_KEY, true), 403);
        assertProblem(create(MANON, "manon-test-password", Sandbox.READ_KEY, true), 403);
    }

    @Test
    void changesWithoutTheCsrfHeaderAreRefused() {
        Http.Answer forged = create(PAUL, "paul-test-password", Sandbox.READ_KEY, false);

        assertProblem(forged, 403);
        assertThat(forged.json().getString("detail")).contains("X-Requested-With");
    }

    @Test
    void theSetupRefusesABadMailABadKeyAndAnUnreachableLuccaWithReasons() {
        String[] paul = withCsrf(as(PAUL, "paul-test-password"));
        String badMail = setup("Acme", "not-a-mail", Http.sandboxUrl(), Sandbox.READ_KEY);
        String badKey = setup("Acme", "it@acme.example", Http.sandboxUrl(), "not-a-key");
        String nowhere = setup("Acme", "it@acme.example", "http://127.0.0.1:9", Sandbox.READ_KEY);

        assertThat(assertProblem(Http.post(tenants(), badMail, paul), 400).getString("detail")).contains("e-mail");
        assertThat(assertProblem(Http.post(tenants(), badKey, paul), 400).getString("detail")).contains("refused");
        assertThat(assertProblem(Http.post(tenants(), nowhere, paul), 400).getString("detail")).contains("No Lucca");
        assertProblem(Http.post(tenants(), "{not json", paul), 400);
    }

    @Test
    void theCatalogueSaysWhatCanBeSentAndTheSelectionChangesWhatOktaReceives() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String id = tenant.getString("id");
        String[] clement = withCsrf(as(CLEMENT, "clement-test-password"));

        JsonObject catalogue = Http.get(tenants() + "/" + id + "/catalogue", clement).json();
        JsonObject languages = property(catalogue, "e_languages");
        Http.Answer refused = Http.put(tenants() + "/" + id + "/selection",
                "{\"properties\":[\"jobTitle\",\"e_languages\"],\"groupTypes\":[]}", clement);
        Http.Answer accepted = Http.put(tenants() + "/" + id + "/selection",
                "{\"properties\":[\"login\",\"jobTitle\",\"e_bloodType\"],\"groupTypes\":[\"LUCCA_DEPT\"]}", clement);

        assertThat(property(catalogue, "login").getBoolean("mandatory")).isTrue();
        assertThat(property(catalogue, "login").getBoolean("selected")).isTrue();
        assertThat(languages.getBoolean("synchronisable")).isFalse();
        assertThat(languages.getString("reason")).containsIgnoringCase("multiple");
        assertThat(assertProblem(refused, 400).getString("detail")).containsIgnoringCase("multiple");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String token = tenant.getString("scimToken");
        JsonObject user = Scim.get("/Users?count=1", token).json().getJsonArray("Resources").getJsonObject(0);
        assertThat(user.containsKey("title")).isTrue();
        assertThat(Scim.get("/Schemas", token).body()).contains("e_bloodType").doesNotContain("e_tShirtSize");
        assertThat(Scim.get("/Groups?count=1000", token).json().getJsonArray("Resources").getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(g -> g.getString("id").startsWith("LUCCA_DEPT_"));
    }

    @Test
    void optionsAreCheckedAndChangeWhatOktaReceivesWhichStatusAndPreviewShow() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String[] paul = withCsrf(as(PAUL, "paul-test-password"));
        String options = tenants() + "/" + tenant.getString("id") + "/options";

        assertProblem(Http.put(options, "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":5,\"userNameSource\":\"MAIL\"}", paul), 400);
        assertProblem(Http.put(options, "{\"leaversGraceDays\":90,\"snapshotTtlSeconds\":600,\"userNameSource\":\"PHONE\"}", paul), 400);
        Http.Answer accepted = Http.put(options,
                "{\"leaversGraceDays\":30,\"snapshotTtlSeconds\":600,\"userNameSource\":\"MAIL\",\"reverseSync\":true}", paul);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getInt("leaversGraceDays")).isEqualTo(30);
        assertThat(accepted.json().getBoolean("reverseSync")).isTrue();
        JsonObject list = Scim.get("/Users?count=1", tenant.getString("scimToken")).json();
        JsonObject user = list.getJsonArray("Resources").getJsonObject(0);
        assertThat(user.getString("userName")).isEqualTo(user.getJsonArray("emails").getJsonObject(0).getString("value"));

        JsonObject status = Http.get(tenants() + "/" + tenant.getString("id") + "/status", paul).json();
        assertThat(status.getJsonObject("snapshot").getInt("users")).isEqualTo(list.getInt("totalResults"));
        assertThat(status.getJsonObject("lastOktaRequest").getString("kind")).isEqualTo("GET Users");
        assertThat(status.getJsonObject("luccaCalls").getInt("lastMinute")).isPositive();
        assertThat(status.getJsonObject("luccaCalls").getInt("budgetPerMinute"))
                .isEqualTo(Integer.parseInt(SharedServer.setting("lucca.rateLimitPerMinute")));
        assertThat(status.getJsonObject("apiKey").getBoolean("futureEmployees")).isFalse();
        assertThat(status.getJsonObject("apiKey").getBoolean("reverseSyncPossible")).isFalse();
        assertThat(status.getJsonObject("apiKey").getBoolean("reverseSyncEffective")).isFalse();
        assertThat(status.getJsonObject("apiKey").getJsonArray("reverseSyncMissing")).hasSize(3);

        JsonObject preview = Http.get(tenants() + "/" + tenant.getString("id") + "/preview/" + user.getString("id"), paul).json();
        assertThat(preview.getJsonObject("scim").getString("userName")).isEqualTo(user.getString("userName"));
        assertThat(preview.getJsonObject("lucca").getString("firstName"))
                .isEqualTo(user.getJsonObject("name").getString("givenName"));
        assertProblem(Http.get(tenants() + "/" + tenant.getString("id") + "/preview/999999", paul), 404);
    }

    @Test
    void aRotatedTokenReplacesTheOldOneAfterItsGracePeriod() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String[] clement = withCsrf(as(CLEMENT, "clement-test-password"));
        String rotate = tenants() + "/" + tenant.getString("id") + "/token";
        String first = tenant.getString("scimToken");
        // Each token used before it is replaced: the connector keeps tokens it found, and must forget them at once.
        assertThat(Scim.get("/ServiceProviderConfig", first).status()).isEqualTo(200);

        String second = Http.post(rotate, "{\"graceMinutes\":60}", clement).json().getString("scimToken");
        assertThat(Scim.get("/ServiceProviderConfig", second).status()).isEqualTo(200);
        String third = Http.post(rotate, "{\"graceMinutes\":0}", clement).json().getString("scimToken");

        assertThat(Scim.get("/ServiceProviderConfig", third).status()).isEqualTo(200);
        assertThat(Scim.get("/ServiceProviderConfig", second).status()).isEqualTo(401);
        assertThat(Scim.get("/ServiceProviderConfig", first).status()).isEqualTo(401);
        assertProblem(Http.post(rotate, "{\"graceMinutes\":60}", withCsrf(as(MANON, "manon-test-password"))), 403);
        assertProblem(Http.post(rotate, "{\"graceMinutes\":-5}", clement), 400);
    }

    @Test
    void aTokenInItsGracePeriodStillWorks() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String rotate = tenants() + "/" + tenant.getString("id") + "/token";

        JsonObject rotated = Http.post(rotate, "{\"graceMinutes\":60}", withCsrf(as(PAUL, "paul-test-password"))).json();
        String next = rotated.getString("scimToken");

        assertThat(OffsetDateTime.parse(rotated.getString("previousTokenValidUntil")))
                .isBetween(OffsetDateTime.now().plusMinutes(55), OffsetDateTime.now().plusMinutes(65));
        assertThat(Scim.get("/ServiceProviderConfig", tenant.getString("scimToken")).status()).isEqualTo(200);
        assertThat(Scim.get("/ServiceProviderConfig", next).status()).isEqualTo(200);
    }

    @Test
    void aDisabledTenantIsRefusedToOktaAndADeletedOneIsGone() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String id = tenant.getString("id");
        String token = tenant.getString("scimToken");
        String[] paul = withCsrf(as(PAUL, "paul-test-password"));
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(200);

        assertThat(Http.post(tenants() + "/" + id + "/disable", "", paul).json().getBoolean("enabled")).isFalse();
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(401);
        assertThat(Http.post(tenants() + "/" + id + "/enable", "", paul).json().getBoolean("enabled")).isTrue();
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(200);

        assertThat(Http.delete(tenants() + "/" + id, paul).status()).isEqualTo(204);
        assertProblem(Http.get(tenants() + "/" + id, paul), 404);
        assertThat(Scim.get("/ServiceProviderConfig", token).status()).isEqualTo(401);
    }

    @Test
    void discardingTheSnapshotMakesOktasNextReadTakeLuccaAsItIsNow() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        String token = tenant.getString("scimToken");
        String snapshot = tenants() + "/" + tenant.getString("id") + "/snapshot";
        String id = Scim.get("/Users?count=1", token).json().getJsonArray("Resources").getJsonObject(0).getString("id");
        String renamed = "Renamed" + System.nanoTime();
        assertThat(Http.put(Http.sandboxUrl() + "/api/v3/users/" + id, "{\"firstName\":\"" + renamed + "\"}",
                Sandbox.auth(Sandbox.ALL_KEY)).status()).isEqualTo(200);

        assertThat(givenName(id, token)).as("served from the snapshot").isNotEqualTo(renamed);
        assertProblem(Http.delete(snapshot, as(PAUL, "paul-test-password")), 403);
        assertProblem(Http.delete(snapshot, withCsrf(as(MANON, "manon-test-password"))), 403);
        assertThat(givenName(id, token)).as("refused requests discard nothing").isNotEqualTo(renamed);
        assertThat(Http.delete(snapshot, withCsrf(as(CLEMENT, "clement-test-password"))).status())
                .as("Clément administers the sandbox's integrations in Lucca").isEqualTo(204);
        assertThat(givenName(id, token)).isEqualTo(renamed);
    }

    @Test
    void theTenantListShowsOperatorsEveryTenantAndOthersOnlyThoseNamingThem() {
        String id = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json().getString("id");
        String named = Http.post(tenants(), setup("Acme", CLEMENT, Http.sandboxUrl(), Sandbox.READ_KEY),
                withCsrf(as(PAUL, "paul-test-password"))).json().getString("id");

        List<String> paul = listedIds(PAUL, "paul-test-password");
        List<String> clement = listedIds(CLEMENT, "clement-test-password");
        List<String> manon = listedIds(MANON, "manon-test-password");

        assertThat(paul).contains(id, named);
        assertThat(clement).containsExactly(named);
        assertThat(manon).isEmpty();
    }

    @Test
    void theAuditTrailIsPagedFilteredAndRefusesBadParameters() {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.ALL_KEY, true).json();
        String audit = tenants() + "/" + tenant.getString("id") + "/audit";
        String[] paul = as(PAUL, "paul-test-password");
        Http.Answer writing = Http.put(tenants() + "/" + tenant.getString("id") + "/options", "{\"leaversGraceDays\":0,"
                + "\"snapshotTtlSeconds\":900,\"userNameSource\":\"LOGIN\",\"reverseSync\":true}", withCsrf(paul));
        assertThat(writing.status()).as(writing.body()).isEqualTo(200);
        // Requests that cannot be read are on record per user (the policy's refusals are one row for all users).
        String patch = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":\"none\"}";
        for (String user : List.of("10", "11", "12")) {
            Http.send("PATCH", Scim.baseUrl() + "/Users/" + user, patch, "Authorization", "Bearer " + tenant.getString("scimToken"));
        }

        JsonObject page = Http.get(audit + "?count=2&offset=1", paul).json();
        JsonObject user11 = Http.get(audit + "?userId=11&outcome=invalid", paul).json();

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("entries")).hasSize(2);
        assertThat(page.getJsonArray("entries").getJsonObject(0).getString("userId")).isEqualTo("11");
        assertThat(user11.getInt("total")).isEqualTo(1);
        assertThat(Http.get(audit + "?outcome=APPLIED", paul).json().getInt("total")).isZero();
        assertProblem(Http.get(audit + "?outcome=SOMETIMES", paul), 400);
        assertProblem(Http.get(audit + "?count=201", paul), 400);
        assertProblem(Http.get(audit + "?offset=abc", paul), 400);
        assertProblem(Http.get(audit, as(MANON, "manon-test-password")), 403);
    }

    @Test
    void theStatusShowsTheEndLuccaAnnouncesForTheRouteTheTenantReads() {
        String sunset = "Wed, 30 Sep 2026 23:59:59 GMT";
        Http.Answer announced = Http.put(Http.sandboxUrl() + "/sandbox/deprecations",
                "{\"route\":\"GET /api/v3/users\",\"deprecation\":\"@1767225600\",\"sunset\":\"" + sunset + "\"}");
        assertThat(announced.status()).as(announced.body()).isEqualTo(200);
        JsonObject tenant = Admin.createTenant(Sandbox.READ_KEY);

        assertThat(Scim.allUsers(tenant.getString("scimToken"))).isNotEmpty();
        JsonObject lucca = Http.get(tenants() + "/" + tenant.getString("id") + "/status", Admin.operator()).json()
                .getJsonObject("lucca");

        assertThat(lucca.getString("generation")).isEqualTo("v3");
        assertThat(lucca.getString("advice")).isNotBlank();
        List<JsonObject> notices = lucca.getJsonArray("notices").getValuesAs(JsonObject.class);
        assertThat(notices).extracting(notice -> notice.getString("route"))
                .as("Lucca's route, without the path of the sandbox's base URL").contains("GET /api/v3/users")
                .noneMatch(route -> route.contains("/lucca-sandbox"));
        JsonObject users = notices.stream().filter(notice -> notice.getString("route").equals("GET /api/v3/users"))
                .findFirst().orElseThrow();
        assertThat(users.getString("deprecation")).isEqualTo("@1767225600");
        assertThat(users.getString("sunset")).isEqualTo(sunset);
        assertThat(OffsetDateTime.parse(users.getString("lastSeen")))
                .isBetween(OffsetDateTime.now().minusMinutes(5), OffsetDateTime.now().plusMinutes(1));
    }

    private static List<String> listedIds(String mail, String password) {
        return Http.get(tenants(), as(mail, password)).json().getJsonArray("tenants").getValuesAs(JsonObject.class)
                .stream().map(t -> t.getString("id")).toList();
    }

    @Test
    void theStatusIsPushedLiveAndShowsOktasRequestsAsTheyCome() throws Exception {
        JsonObject tenant = create(PAUL, "paul-test-password", Sandbox.READ_KEY, true).json();
        HttpRequest events = HttpRequest.newBuilder(URI.create(tenants() + "/" + tenant.getString("id") + "/status/events"))
                .headers(as(PAUL, "paul-test-password")).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(events, HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        try {
            JsonObject first = nextStatus(lines);
            Scim.get("/ServiceProviderConfig", tenant.getString("scimToken"));
            JsonObject later = first;
            for (int i = 0; i < 10 && !later.containsKey("lastOktaRequest"); i++) {
                later = nextStatus(lines);
            }

            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            assertThat(first.containsKey("lastOktaRequest")).isFalse();
            assertThat(later.getJsonObject("lastOktaRequest").getString("kind")).isEqualTo("GET ServiceProviderConfig");
        } finally {
            stream.body().close();
        }
    }

    /** The next {@code status} event's data, waiting at most 20 s for it. */
    @Test
    void theOpenApiDocumentDescribesEveryAdministrationEndpointTheServerAnswersAndNoScim() throws Exception {
        JsonObject document = Http.get(Http.baseUrl() + "/openapi", "Accept", "application/json").json();
        JsonObject paths = document.getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(HTTP_METHODS::contains)
                .filter(method -> path.startsWith("/admin/api/"))
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        assertThat(documented).as("documented and served").isEqualTo(servedEndpoints());
        assertThat(paths.keySet()).as("SCIM has its own discovery").noneMatch(path -> path.matches(
                "(?i)/api/(users|groups|schemas|resourcetypes|serviceproviderconfig|\\{).*"));
        for (String endpoint : documented) {
            String[] methodAndPath = endpoint.split(" ");
            String url = Http.baseUrl() + "/lucca-okta" + methodAndPath[1].replace("{id}", "no-such-tenant").replace("{userId}", "1");
            Http.Answer answer = "GET".equals(methodAndPath[0]) ? Http.get(url, Admin.operator())
                    : Http.send(methodAndPath[0], url, "{}", Admin.operator());
            // The resource's own answer: an empty body refused, or no such tenant; never the container's 404 or 405.
            assertThat(answer.status()).as(endpoint + ": " + answer.body()).isIn(200, 400, 404);
            if (answer.status() != 200) {
                assertThat(answer.json().getString("detail")).as(endpoint)
                        .isNotIn("No such administration endpoint", "The request is not valid");
            }
        }
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("basicAuth")
                .getString("scheme")).isEqualTo("basic");
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (path.startsWith("/admin/api/") && HTTP_METHODS.contains(method)) {
                JsonObject responses = operation.asJsonObject().getJsonObject("responses");
                assertThat(responses.getJsonObject("401").getString("$ref")).as(method + " " + path)
                        .isEqualTo("#/components/responses/SignInRequired");
                assertThat(!"get".equals(method) && !operation.asJsonObject().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                        .toString().contains("#/components/parameters/Csrf")).as(method + " " + path + " names X-Requested-With").isFalse();
            }
        }));
        assertThat(document.getJsonObject("components").getJsonObject("responses").getJsonObject("SignInRequired")
                .getJsonObject("content").containsKey("application/problem+json")).isTrue();
        // The resources name shared answers by their components' names: each must be one the document has.
        Matcher ref = Pattern.compile("\"\\$ref\":\"#/components/(\\w+)/([^\"]+)\"").matcher(document.toString());
        while (ref.find()) {
            assertThat(document.getJsonObject("components").getJsonObject(ref.group(1))).as(ref.group())
                    .containsKey(ref.group(2));
        }
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    /**
     * {@code GET /admin/api/tenants/{id}} and the like, from the administration API's resources themselves: every class
     * of its package with a {@code @Path}, as the server finds them.
     */
    private static Set<String> servedEndpoints() throws Exception {
        String base = AdminApplication.class.getAnnotation(ApplicationPath.class).value() + "/";
        Set<String> served = new TreeSet<>();
        for (Class<?> resource : classesBeside(AdminApplication.class)) {
            Path root = resource.getAnnotation(Path.class);
            for (Method method : root == null ? new Method[0] : resource.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        served.add(http.value() + " " + base + root.value() + (sub == null ? "" : "/" + sub.value()));
                    }
                }
            }
        }
        return served;
    }

    /** The top-level classes of a class's package, from the connector's compiled classes. */
    private static List<Class<?>> classesBeside(Class<?> member) throws Exception {
        // The folder of the class file itself: the package's name also stands among the test classes.
        java.nio.file.Path folder = java.nio.file.Path.of(member.getResource(member.getSimpleName() + ".class").toURI())
                .getParent();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$")).toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                String simpleName = name.substring(0, name.length() - ".class".length());
                classes.add(Class.forName(member.getPackageName() + "." + simpleName, false, member.getClassLoader()));
            }
            return classes;
        }
    }

    private static JsonObject nextStatus(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data:")) {
                    return Http.Answer.json(line.substring("data:".length()).strip());
                }
            }
            throw new IllegalStateException("The status stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    private static String givenName(String userId, String token) {
        return Scim.get("/Users/" + userId, token).json().getJsonObject("name").getString("givenName");
    }

    private static JsonObject property(JsonObject catalogue, String code) {
        return catalogue.getJsonArray("properties").getValuesAs(JsonObject.class).stream()
                .filter(p -> code.equals(p.getString("code"))).findFirst().orElseThrow();
    }

    private static Http.Answer create(String mail, String password, String luccaKey, boolean csrf) {
        String[] headers = as(mail, password);
        return Http.post(tenants(), setup("Acme", "it@acme.example", Http.sandboxUrl(), luccaKey),
                csrf ? withCsrf(headers) : headers);
    }

    private static JsonObject assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception");
        return answer.json();
    }
}
