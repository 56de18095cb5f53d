package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What administrators configure is kept by the database, not by the server: a Payara Micro whose default
 * datasource is an H2 file is configured through the administration API, stopped, and started again on the
 * same file; and the same on PostgreSQL where one is configured ({@code .ci/run} starts one). (The shared test
 * server uses the server's default, an H2 that starts empty every boot.) The stored data and the server
 * log are then searched for every key and token the run used.
 */
@OwnServers
class ConfigurationRestartIT {

    private static final int PORT = Integer.getInteger("it.restartPort", 18280);
    private static final String WRONG_PASSWORD = "a-mistyped-password-7f3e";
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path DATABASE = BUILD_DIR.resolve("restart-it").toAbsolutePath();

    private static final Path SERVER_LOG = BUILD_DIR.resolve("local-server-" + PORT).resolve("server.log");

    @Test
    void tenantsTokensSelectionsOptionsAndTheAuditTrailSurviveARestartOnAnH2File() throws Exception {
        assertSurvivesRestart(TestDatabase.h2File(DATABASE, false));
    }

    /** Run where PostgreSQL is configured (CONNECTOR_DB_HOST and its siblings, as .ci/run sets them). */
    @Test
    void tenantsTokensSelectionsOptionsAndTheAuditTrailSurviveARestartOnPostgreSql() throws Exception {
        Prerequisites.postgreSql();
        assertSurvivesRestart(TestDatabase.postgreSql(BASE_DIR, BUILD_DIR));
    }

    private static void assertSurvivesRestart(TestDatabase database) throws Exception {
        database.empty();
        Files.deleteIfExists(SERVER_LOG);
        JsonObject configured;
        String firstToken;
        String rotatedToken;
        String disabledToken;
        String otherId;
        try (LocalServer server = start(database)) {
            JsonObject created = createTenant(server);
            String tenant = server.url("/lucca-okta/admin/api/tenants/" + created.getString("id"));
            firstToken = created.getString("scimToken");
            assertOk(Http.put(tenant + "/selection",
                    "{\"properties\":[\"login\",\"jobTitle\",\"e_bloodType\"],\"groupTypes\":[\"LUCCA_DEPT\"]}", Admin.operator()));
            assertOk(Http.put(tenant + "/options",
                    "{\"leaversGraceDays\":30,\"snapshotTtlSeconds\":900,\"userNameSource\":\"MAIL\",\"reverseSync\":true}", Admin.operator()));
            rotatedToken = Http.post(tenant + "/token", "{\"graceMinutes\":120}", Admin.operator()).json().getString("scimToken");
            configured = Http.get(tenant, Admin.operator()).json();
            Http.Answer refused = Http.send("PATCH", server.url("/lucca-okta/api/Users/10"), "{\"schemas\":"
                    + "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                    + "\"path\":\"title\",\"value\":\"Buyer\"}]}", bearer(rotatedToken));
            assertThat(refused.status()).as("the read-only key cannot write: " + refused.body()).isEqualTo(403);

            JsonObject other = createTenant(server);
            disabledToken = other.getString("scimToken");
            otherId = other.getString("id");
            assertOk(Http.post(server.url("/lucca-okta/admin/api/tenants/" + otherId + "/disable"), "", Admin.operator()));
        }
        assertThat(database.storedText()).as("the database holds Lucca keys sealed for their tenant and tokens hashed")
                .contains("v2:")
                .doesNotContain(Sandbox.READ_KEY, Sandbox.FUTURE_KEY, Sandbox.ALL_KEY, firstToken, rotatedToken, disabledToken);
        // Someone with access to the database gives the second tenant the first one's sealed key.
        database.update("UPDATE tenant SET lucca_api_key = (SELECT lucca_api_key FROM tenant WHERE id = '"
                + configured.getString("id") + "') WHERE id = '" + otherId + "'");

        try (LocalServer server = start(database)) {
            JsonObject restored = Http.get(server.url("/lucca-okta/admin/api/tenants/" + configured.getString("id")), Admin.operator()).json();
            JsonObject user = users(server, rotatedToken).getJsonArray("Resources").getJsonObject(0);

            JsonObject audit = Http.get(server.url("/lucca-okta/admin/api/tenants/" + configured.getString("id") + "/audit"),
                    Admin.operator()).json();

            assertThat(restored).isEqualTo(configured);
            assertThat(audit.getInt("total")).isEqualTo(1);
            assertThat(audit.getJsonArray("entries").getJsonObject(0).getString("outcome")).isEqualTo("REFUSED");
            assertThat(user.getString("userName")).isEqualTo(user.getJsonArray("emails").getJsonObject(0).getString("value"));
            assertThat(user.containsKey("title")).isTrue();
            assertThat(users(server, firstToken).getInt("totalResults")).as("the old token, in its grace period")
                    .isEqualTo(users(server, rotatedToken).getInt("totalResults"));
            assertThat(Http.get(server.url("/lucca-okta/api/Groups?count=1000"), bearer(rotatedToken)).json()
                    .getJsonArray("Resources").getValuesAs(JsonObject.class))
                    .isNotEmpty().allMatch(group -> group.getString("id").startsWith("LUCCA_DEPT_"));
            assertThat(Http.get(server.url("/lucca-okta/api/ServiceProviderConfig"), bearer(disabledToken)).status())
                    .as("a tenant disabled before the restart").isEqualTo(401);

            String other = server.url("/lucca-okta/admin/api/tenants/" + otherId);
            assertOk(Http.post(other + "/enable", "", Admin.operator()));
            Http.Answer withCopiedKey = Http.get(server.url("/lucca-okta/api/Users?count=5"), bearer(disabledToken));
            assertThat(withCopiedKey.status()).as("a key sealed for another tenant opens for no one else: "
                    + withCopiedKey.body()).isEqualTo(503);
            assertThat(withCopiedKey.body()).doesNotContain(Sandbox.READ_KEY);
            List<String> status = statusStreamToItsEnd(other);
            assertThat(status).as("the status stream says what is wrong, then ends")
                    .filteredOn(line -> line.equals("event: error")).hasSize(3);
            assertThat(status).noneMatch(line -> line.equals("event: status"))
                    .anyMatch(line -> line.startsWith("data:") && line.contains("409") && line.contains(otherId)
                            && line.contains("lucca_api_key"));
            assertOk(Http.put(other + "/lucca-key", "{\"apiKey\":\"" + Sandbox.READ_KEY + "\"}", Admin.operator()));
            assertThat(users(server, disabledToken).getInt("totalResults")).as("served once its key is entered again")
                    .isPositive();
            assertThat(Http.get(other, Admin.as(Admin.PAUL, WRONG_PASSWORD)).status()).isEqualTo(401);
        }
        assertThat(Files.readString(SERVER_LOG, StandardCharsets.ISO_8859_1)).as("the server log of both runs")
                .contains("Snapshot of tenant", "sign-in-refused")
                .doesNotContain(WRONG_PASSWORD, Sandbox.READ_KEY, Sandbox.FUTURE_KEY, Sandbox.ALL_KEY, firstToken, rotatedToken,
                        disabledToken, Admin.PAUL_PASSWORD, Scim.TOKEN, Scim.READ_ONLY_TOKEN);
    }

    private static LocalServer start(TestDatabase database) throws IOException, InterruptedException {
        LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, PORT, TestSettings.forServer(PORT, 200), "512m", false, database.preBoot(),
                database.arguments());
        assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + PORT)).isTrue();
        return server;
    }

    private static JsonObject createTenant(LocalServer server) {
        // The sandbox by the address the test settings allow (lucca.allowedHostSuffixes), not by name.
        String setup = Admin.setup("Acme", "it@acme.example", "http://127.0.0.1:" + PORT + "/lucca-sandbox", Sandbox.READ_KEY);
        Http.Answer created = Http.post(server.url("/lucca-okta/admin/api/tenants"), setup, Admin.operator());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A status stream read as the page reads it, to its end, which must come within 30 s (pushes every 2 s). */
    private static List<String> statusStreamToItsEnd(String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tenant + "/status/events")).headers(Admin.operator())
                .header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> response.body().toList()).get(30, TimeUnit.SECONDS);
    }

    private static JsonObject users(LocalServer server, String token) {
        Http.Answer answer = Scim.served(() -> Http.get(server.url("/lucca-okta/api/Users?count=5"), bearer(token)));
        assertOk(answer);
        return answer.json();
    }

    private static void assertOk(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
