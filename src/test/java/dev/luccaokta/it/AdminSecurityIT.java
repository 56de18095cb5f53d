package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.as;
import static dev.luccaokta.it.Admin.tenants;
import static dev.luccaokta.it.Admin.withCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The administration API's own defences, over HTTP against the shared server: sign-in that a broken
 * {@code Authorization} header cannot crash, password guessing slowed per address and per account (the test server
 * trusts X-Forwarded-For from loopback, standing in for a load balancer, so that each test is a client of its own),
 * accounts managed by operators, rights decided before a body is read and bodies bounded, and status streams that
 * end when the right to them does.
 */
@SharedServerTest
class AdminSecurityIT {

    private static final String ME = Http.baseUrl() + "/lucca-okta/admin/api/me";
    private static final String ACCOUNTS = Http.baseUrl() + "/lucca-okta/admin/api/accounts";
    private static final String SIGN_IN = Http.baseUrl() + "/lucca-okta/admin/api/sign-in";
    private static final String SIGN_OUT = Http.baseUrl() + "/lucca-okta/admin/api/sign-out";
    private static final String CSRF = "X-Requested-With";
    /** HTTP/1.1, on which a server may answer before it has read a body. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void malformedBasicCredentialsAreRefusedWith401OnEveryPathNeverWithAStackTrace() {
        List<String> headers = List.of("Basic %%%not-base64%%%", "Basic " + base64("no colon at all"), "Basic " + base64(":"),
                "Basic ", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, ':', 'x'}),
                "Basic " + "QUJD".repeat(1100), "basic " + base64("mail@example.com\u0000:x"));
        List<String> paths = List.of(ME, tenants() + "/any", Scim.baseUrl() + "/Users", Scim.baseUrl() + "/ServiceProviderConfig");
        for (String header : headers) {
            for (String path : paths) {
                Http.Answer answer = Http.get(path, "Authorization", header);
                String what = path + " with " + header.substring(0, Math.min(40, header.length()));

                assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(401);
                assertThat(answer.body()).as(what).doesNotContain("Exception", "\tat ", "at java.", "at dev.");
                if (path.contains("/admin/api/")) {
                    assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
                    assertThat(answer.header("WWW-Authenticate")).as(what).startsWith("Basic realm=");
                    assertThat(answer.json().getInt("status")).isEqualTo(401);
                }
            }
        }
        assertThat(Http.get(ME, as(Admin.PAUL, Admin.PAUL_PASSWORD)).status()).as("the right password still signs in").isEqualTo(200);
    }

    @Test
    void wrongPasswordsFromOneAddressAreAnswered429WithRetryAfterWhileOtherAddressesStillSignIn() {
        String guesser = "203.0.113.10";
        for (int i = 0; i < 10; i++) {
            Http.Answer wrong = Http.get(ME, from(guesser, as("guess" + i + "@sandbox-industries.example", "guess-" + i)));
            assertThat(wrong.status()).as("guess %d: %s", i, wrong.body()).isEqualTo(401);
        }

        Http.Answer throttled = Http.get(ME, from(guesser, as(Admin.PAUL, Admin.PAUL_PASSWORD)));
        assertThat(throttled.status()).as("even the right password, from that address: " + throttled.body()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.retryAfter())).isBetween(1L, 900L);
        assertThat(Http.get(ME, from("203.0.113.11", as(Admin.PAUL, Admin.PAUL_PASSWORD))).status())
                .as("another address").isEqualTo(200);
    }

    @Test
    void parallelWrongPasswordsFromOneAddressAreCheckedNoMoreThanItsLimit() {
        String guesser = "203.0.113.12";
        List<CompletableFuture<Http.Answer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] headers = from(guesser, as("parallel" + i + "@sandbox-industries.example", "guess-" + i));
            guesses.add(CompletableFuture.supplyAsync(() -> Http.get(ME, headers)));
        }
        List<Integer> statuses = guesses.stream().map(CompletableFuture::join).map(Http.Answer::status).toList();

        assertThat(statuses).as("checked (401) or refused unchecked (429)").containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).as("checked").isLessThanOrEqualTo(10);
    }

    @Test
    void guessesAtOneAccountFromManyAddressesAreStoppedButNotWhereThePersonSignedInBefore() {
        String mail = "ines.guessed@sandbox-industries.example";
        String password = "ines-long-password-1";
        JsonObject account = createAccount(mail, password, false);
        assertThat(Http.get(ME, from("192.0.2.20", as(mail, password))).status()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(Http.get(ME, from("198.51.100." + i, as(mail, "wrong-" + i))).status()).isEqualTo(401);
        }

        Http.Answer elsewhere = Http.get(ME, from("198.51.100.99", as(mail, password)));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(429);
        assertThat(elsewhere.retryAfter()).isNotNull();
        assertThat(Http.get(ME, from("192.0.2.20", as(mail, password))).status()).as("where Inès signs in").isEqualTo(200);
        assertThat(Http.get(ME, from("198.51.100.99", as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD))).status())
                .as("another account from that address").isEqualTo(200);
        deleteAccount(account);
    }

    @Test
    void signingInOpensASessionWhoseCookieTheBrowserKeepsToTheApiAndScriptsNeverRead() {
        Http.Answer signedIn = Http.post(SIGN_IN, credentials(Admin.PAUL, Admin.PAUL_PASSWORD), CSRF, "lucca-okta-admin");

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().getString("mail")).isEqualTo(Admin.PAUL);
        assertThat(signedIn.json().getBoolean("operator")).isTrue();
        String cookie = signedIn.header("Set-Cookie");
        assertThat(cookie).matches("lucca-okta-session=[A-Za-z0-9_-]{43}; .*")
                .contains("; Path=/lucca-okta/admin/api;", "; HttpOnly", "; SameSite=Strict")
                .as("over plain http, from a client no proxy vouches for").doesNotContain("Secure")
                .as("the browser forgets it when it closes").doesNotContain("Max-Age", "Expires", "Domain");
        assertThat(signedIn.body() + cookie).doesNotContain(Admin.PAUL_PASSWORD);
        assertThat(signedIn.body()).doesNotContain(session(signedIn));
        Http.Answer me = Http.get(ME, "Cookie", session(signedIn));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().getString("mail")).isEqualTo(Admin.PAUL);

        Http.Answer behindTls = Http.post(SIGN_IN, credentials(Admin.PAUL, Admin.PAUL_PASSWORD), CSRF, "lucca-okta-admin",
                "X-Forwarded-Proto", "https");
        assertThat(behindTls.header("Set-Cookie")).as("a load balancer that ended TLS says https").endsWith("; Secure");
        Http.Answer basic = Http.get(ME, as(Admin.PAUL, Admin.PAUL_PASSWORD));
        assertThat(basic.status()).as("HTTP Basic, as scripts sign in").isEqualTo(200);
        assertThat(basic.header("Set-Cookie")).isNull();
    }

    @Test
    void aSessionStillNeedsTheCsrfHeaderForChangesAndAForgedOrEndedOneIsRefused() throws Exception {
        String session = session(Http.post(SIGN_IN, credentials(Admin.PAUL, Admin.PAUL_PASSWORD), CSRF, "lucca-okta-admin"));
        assertProblem(Http.post(ACCOUNTS, json("csrf.victim@sandbox-industries.example", "long-enough-password", false),
                "Cookie", session), 403);
        assertProblem(Http.post(SIGN_OUT, "", "Cookie", session), 403);
        assertProblem(Http.post(SIGN_IN, credentials(Admin.PAUL, Admin.PAUL_PASSWORD)), 403);
        assertThat(Http.get(ACCOUNTS, Admin.operator()).body()).doesNotContain("csrf.victim");

        String id = session.substring(session.indexOf('=') + 1);
        for (String forged : List.of("A".repeat(43), "not-a-session", id.substring(1) + "A", id + "A", "")) {
            Http.Answer refused = Http.get(ME, "Cookie", "lucca-okta-session=" + forged);
            assertProblem(refused, 401);
            assertThat(refused.json().getString("detail")).as(forged).contains("session has ended");
            assertThat(refused.header("WWW-Authenticate")).as("no browser dialog over the page").startsWith("Session ");
            assertThat(refused.header("Set-Cookie")).as("the browser forgets it").contains("lucca-okta-session=; Max-Age=0");
        }
        assertThat(Http.get(ME, CSRF, "lucca-okta-admin").header("WWW-Authenticate")).as("the page's script, signed out")
                .startsWith("Session ");
        assertThat(Http.get(ME).header("WWW-Authenticate")).as("anyone else").startsWith("Basic realm=");

        Stream<String> stream = openStream(Admin.tenantNamed("Read-only company"), new String[] {"Cookie", session});
        Http.Answer signedOut = Http.post(SIGN_OUT, "", "Cookie", session, CSRF, "lucca-okta-admin");
        assertThat(signedOut.status()).as(signedOut.body()).isEqualTo(204);
        assertThat(signedOut.header("Set-Cookie"))
                .isEqualTo("lucca-okta-session=; Max-Age=0; Path=/lucca-okta/admin/api; HttpOnly; SameSite=Strict");
        assertProblem(Http.get(ME, "Cookie", session), 401);
        awaitEnd(stream);
        assertProblem(Http.post(SIGN_OUT, "", Admin.operator()), 400);
    }

    @Test
    void signingInIsThrottledTogetherWithBasicAndAnswersAProblem() {
        String guesser = "203.0.113.14";
        for (int i = 0; i < 5; i++) {
            assertThat(Http.get(ME, from(guesser, as("basic" + i + "@sandbox-industries.example", "guess-" + i))).status())
                    .isEqualTo(401);
        }
        for (int i = 0; i < 5; i++) {
            Http.Answer wrong = Http.post(SIGN_IN, credentials("page" + i + "@sandbox-industries.example", "guess-" + i),
                    from(guesser, new String[] {CSRF, "lucca-okta-admin"}));
            assertProblem(wrong, 401);
            assertThat(wrong.json().getString("detail")).isEqualTo("Wrong mail or password");
            assertThat(wrong.header("WWW-Authenticate")).startsWith("Session ");
            assertThat(wrong.header("Set-Cookie")).isNull();
        }

        Http.Answer throttled = Http.post(SIGN_IN, credentials(Admin.PAUL, Admin.PAUL_PASSWORD),
                from(guesser, new String[] {CSRF, "lucca-okta-admin"}));
        assertProblem(throttled, 429);
        assertThat(Long.parseLong(throttled.retryAfter())).isBetween(1L, 900L);
        assertThat(throttled.header("Set-Cookie")).isNull();
        assertProblem(Http.post(SIGN_IN, "{\"mail\":\"" + Admin.PAUL + "\"}", CSRF, "lucca-okta-admin"), 400);
        assertProblem(Http.post(SIGN_IN, "[1, 2]", CSRF, "lucca-okta-admin"), 400);
    }

    @Test
    void anAccountGivenAnotherPasswordOrDeletedLosesItsSessions() {
        String mail = "rita.sessions@sandbox-industries.example";
        JsonObject account = createAccount(mail, "rita-first-password", false);
        String first = session(Http.post(SIGN_IN, credentials(mail, "rita-first-password"), CSRF, "lucca-okta-admin"));
        assertThat(Http.get(ME, "Cookie", first).status()).isEqualTo(200);

        String url = ACCOUNTS + "/" + account.getString("id");
        assertThat(Http.put(url + "/password", "{\"password\":\"rita-second-password\"}", Admin.operator()).status())
                .isEqualTo(200);
        assertProblem(Http.get(ME, "Cookie", first), 401);
        String second = session(Http.post(SIGN_IN, credentials(mail, "rita-second-password"), CSRF, "lucca-okta-admin"));
        assertThat(Http.get(ME, "Cookie", second).status()).isEqualTo(200);
        deleteAccount(account);

        assertProblem(Http.get(ME, "Cookie", second), 401);
    }

    @Test
    void operatorsCreateListRePasswordAndDeleteAccountsAndNoAnswerCarriesAPassword() {
        String mail = "Yann.Created@Sandbox-Industries.example";
        String password = "yann-first-password";
        Http.Answer created = Http.post(ACCOUNTS, json(mail, password, false), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/accounts/" + created.json().getString("id"));
        assertThat(created.json().getString("mail")).isEqualTo("yann.created@sandbox-industries.example");
        assertThat(created.body()).doesNotContain(password, "PBKDF2", "hash");

        JsonObject me = Http.get(ME, as(mail, password)).json();
        assertThat(me.getString("mail")).isEqualTo("yann.created@sandbox-industries.example");
        assertThat(me.getBoolean("operator")).isFalse();
        Http.Answer listed = Http.get(ACCOUNTS, Admin.operator());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("yann.created@sandbox-industries.example", Admin.PAUL).doesNotContain("PBKDF2", "hash", "password");

        String url = ACCOUNTS + "/" + created.json().getString("id");
        Http.Answer repassworded = Http.put(url + "/password", "{\"password\":\"yann-second-password\"}", Admin.operator());
        assertThat(repassworded.status()).as(repassworded.body()).isEqualTo(200);
        assertThat(Http.get(ME, as(mail, password)).status()).as("the former password, verified a moment ago").isEqualTo(401);
        assertThat(Http.get(ME, as(mail, "yann-second-password")).status()).isEqualTo(200);

        assertThat(Http.delete(url, Admin.operator()).status()).isEqualTo(204);
        assertThat(Http.get(ME, as(mail, "yann-second-password")).status()).as("a deleted account").isEqualTo(401);
        assertThat(Http.delete(url, Admin.operator()).status()).isEqualTo(404);
    }

    @Test
    void accountsAreForOperatorsOnlyAndPasswordsMustBeLong() {
        String[] clement = withCsrf(as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD));
        assertProblem(Http.get(ACCOUNTS, clement), 403);
        assertProblem(Http.post(ACCOUNTS, json("someone@sandbox-industries.example", "long-enough-password", true), clement), 403);

        assertProblem(Http.post(ACCOUNTS, json("shorty@sandbox-industries.example", "short", false), Admin.operator()), 400);
        assertProblem(Http.post(ACCOUNTS, json("a@b.example,c@d.example", "long-enough-password", false), Admin.operator()), 400);
        // Lucca would never be asked who that is: the account could never be confirmed as a Lucca user.
        assertProblem(Http.post(ACCOUNTS, json("l".repeat(65) + "@sandbox-industries.example", "long-enough-password", false),
                Admin.operator()), 400);
        assertProblem(Http.post(ACCOUNTS, json(Admin.MANON, "long-enough-password", false), Admin.operator()), 409);
        String paulsId = Http.get(ACCOUNTS, Admin.operator()).json().getJsonArray("accounts").getValuesAs(JsonObject.class)
                .stream().filter(account -> account.getString("mail").equals(Admin.PAUL)).findFirst().orElseThrow().getString("id");
        assertProblem(Http.delete(ACCOUNTS + "/" + paulsId, Admin.operator()), 400);
    }

    @Test
    void rightsAreDecidedBeforeTheBodyIsReadAndBodiesPastTheLimitAre413() {
        String demo = Admin.tenantNamed("Test company");
        String[] manon = withCsrf(as(Admin.MANON, Admin.MANON_PASSWORD));

        assertProblem(Http.post(tenants(), "{not json", manon), 403);
        assertProblem(Http.put(tenants() + "/" + demo + "/options", "{not json", manon), 403);
        assertProblem(send(HttpRequest.newBuilder(URI.create(tenants() + "/" + demo + "/options"))
                .PUT(HttpRequest.BodyPublishers.ofString("[".repeat(60_000))), manon), 403);

        String large = "{\"name\":\"" + "x".repeat(100_000) + "\"}";
        Http.Answer announced = send(HttpRequest.newBuilder(URI.create(tenants())).POST(HttpRequest.BodyPublishers.ofString(large)),
                Admin.operator());
        assertProblem(announced, 413);
        assertThat(announced.json().getString("detail")).contains("65536");
        assertProblem(send(HttpRequest.newBuilder(URI.create(tenants())).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))), Admin.operator()), 413);
        assertThat(Http.get(tenants(), Admin.operator()).json().getJsonArray("tenants").toString()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void anAccountCreatedAgainWithADeletedAccountsMailIsDecidedAfreshNotByTheRememberedAnswer() {
        String tenant = Admin.createTenant(Sandbox.READ_KEY).getString("id");
        String mail = "quentin.reused@sandbox-industries.example";
        long paul = Sandbox.get("/api/v3/users?fields=id&mail=" + Admin.PAUL, Sandbox.ALL_KEY).json()
                .getJsonObject("data").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        try {
            // For a while the mail is that of a Lucca user who may administer the integration.
            changeMailInLucca(paul, mail);
            JsonObject first = createAccount(mail, "quentin-long-password", false);
            assertThat(Http.get(tenants() + "/" + tenant, as(mail, "quentin-long-password")).status()).isEqualTo(200);
            deleteAccount(first);
            changeMailInLucca(paul, Admin.PAUL);
            JsonObject second = createAccount(mail, "quentin-other-password", false);

            Http.Answer again = Http.get(tenants() + "/" + tenant, as(mail, "quentin-other-password"));

            assertThat(again.status()).as("no Lucca user has the mail any more: " + again.body()).isEqualTo(403);
            deleteAccount(second);
        } finally {
            Sandbox.reset();
        }
    }

    @Test
    void aStatusStreamEndsWhenItsTenantIsDisabledOrDeletedOrItsAccountIsDeleted() throws Exception {
        String tenant = Admin.createTenant(Sandbox.READ_KEY).getString("id");

        Stream<String> disabled = openStream(tenant, Admin.operator());
        assertThat(Http.post(tenants() + "/" + tenant + "/disable", "", Admin.operator()).status()).isEqualTo(200);
        awaitEnd(disabled);
        assertThat(Http.post(tenants() + "/" + tenant + "/enable", "", Admin.operator()).status()).isEqualTo(200);

        String mail = "olga.streams@sandbox-industries.example";
        JsonObject account = createAccount(mail, "olga-long-password", true);
        String[] olga = as(mail, "olga-long-password");
        Stream<String> accountGone = openStream(tenant, olga);
        deleteAccount(account);
        awaitEnd(accountGone);

        Stream<String> deleted = openStream(tenant, Admin.operator());
        assertThat(Http.delete(tenants() + "/" + tenant, Admin.operator()).status()).isEqualTo(204);
        awaitEnd(deleted);
    }

    @Test
    void anAccountHoldsAtMostFiveStatusStreamsAtOnce() throws Exception {
        String tenant = Admin.createTenant(Sandbox.READ_KEY).getString("id");
        String mail = "pia.pages@sandbox-industries.example";
        JsonObject account = createAccount(mail, "pia-long-password", true);
        List<Stream<String>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(openStream(tenant, as(mail, "pia-long-password")));
            }
            HttpResponse<String> sixth = CLIENT.send(streamRequest(tenant, as(mail, "pia-long-password")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
            assertThat(sixth.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(openStream(tenant, Admin.operator()).findFirst()).as("another account's stream").isPresent();
        } finally {
            open.forEach(Stream::close);
        }
        deleteAccount(account);
    }

    private static Stream<String> openStream(String tenant, String[] headers) throws Exception {
        HttpResponse<Stream<String>> response = CLIENT.send(streamRequest(tenant, headers), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpRequest streamRequest(String tenant, String[] headers) {
        return HttpRequest.newBuilder(URI.create(tenants() + "/" + tenant + "/status/events"))
                .headers(headers).header("Accept", "text/event-stream").build();
    }

    /** Reads the stream to its end, which must come within 20 s (pushes are every 2 s). */
    private static void awaitEnd(Stream<String> stream) {
        AtomicBoolean ended = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            try (stream) {
                stream.forEach(line -> { });
                ended.set(true);
            } catch (UncheckedIOException closedByTheServer) {
                ended.set(true);
            }
        });
        await("the stream ends").atMost(Duration.ofSeconds(20)).untilTrue(ended);
    }

    private static JsonObject createAccount(String mail, String password, boolean operator) {
        Http.Answer created = Http.post(ACCOUNTS, json(mail, password, operator), Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static void deleteAccount(JsonObject account) {
        assertThat(Http.delete(ACCOUNTS + "/" + account.getString("id"), Admin.operator()).status()).isEqualTo(204);
    }

    private static String credentials(String mail, String password) {
        return Json.createObjectBuilder().add("mail", mail).add("password", password).build().toString();
    }

    /** The {@code Cookie} header that sends back the session a sign-in answered. */
    private static String session(Http.Answer signedIn) {
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        String cookie = signedIn.header("Set-Cookie");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String json(String mail, String password, boolean operator) {
        return "{\"mail\":\"" + mail + "\",\"password\":\"" + password + "\",\"operator\":" + operator + "}";
    }

    /** A change made in Lucca, through its own API, as HR would make it. */
    private static void changeMailInLucca(long id, String mail) {
        Http.Answer changed = Http.put(Http.sandboxUrl() + "/api/v3/users/" + id,
                Json.createObjectBuilder().add("mail", mail).build().toString(), Sandbox.auth(Sandbox.ALL_KEY));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static String[] from(String address, String[] headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "X-Forwarded-For";
        all[headers.length + 1] = address;
        return all;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Answer send(HttpRequest.Builder request, String[] headers) {
        return Http.exchange(CLIENT, request.headers(headers).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).build());
    }

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(status);
    }
}
