package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the connector behind one load balancer: Payara Micros clustered on loopback over their Hazelcast
 * data grid ({@code connector.cluster=jcache}), sharing one database (PostgreSQL where one is configured, as in CI;
 * otherwise an H2 file the first serves to the second). The Lucca sandbox of the first is the Lucca of both, so its
 * request log counts what the cluster as a whole asked of Lucca. The tests run in order: the budget left by the
 * first import is what the second test spends.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServers
class ClusterIT {

    private static final int FIRST_PORT = Integer.getInteger("it.clusterPort", 18680);
    private static final int SECOND_PORT = FIRST_PORT + 100;
    /** The data grid's members, one port each. */
    private static final int GRID_PORT = FIRST_PORT + 1000;
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));

    /** Lucca's budget for the whole cluster, small enough that one full read of the sandbox spends most of it. */
    private static final int BUDGET = 8;

    private static TestDatabase database;
    private static LocalServer first;
    private static LocalServer second;
    private static String lucca;
    private static int oneFullRead;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = TestDatabase.postgreSqlConfigured() ? TestDatabase.postgreSql(BASE_DIR, BUILD_DIR)
                : TestDatabase.h2File(BUILD_DIR.resolve("cluster-it").toAbsolutePath(), true);
        database.empty();
        for (int port : new int[] {FIRST_PORT, SECOND_PORT}) {
            Files.deleteIfExists(log(port));
        }
        first = start(FIRST_PORT, settings(true));
        second = start(SECOND_PORT, settings(false));
        lucca = first.url("/lucca-sandbox/sandbox");
        assertThat(Http.post(lucca + "/reset", "").status()).isIn(200, 204);
    }

    @AfterAll
    static void stop() {
        for (LocalServer server : new LocalServer[] {second, first}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void theSecondInstanceServesAnImportFromTheSnapshotTheFirstReadWithoutCallingLucca() {
        List<JsonObject> importedFromFirst = Scim.allUsers(first.url("/lucca-okta/api"), Scim.TOKEN);
        oneFullRead = luccaCalls();
        List<JsonObject> importedFromSecond = Scim.allUsers(second.url("/lucca-okta/api"), Scim.TOKEN);

        assertThat(importedFromFirst).hasSizeGreaterThan(100);
        assertThat(versions(importedFromSecond)).as("the same snapshot, page for page").isEqualTo(versions(importedFromFirst));
        assertThat(luccaCalls()).as("the second instance served its import without calling Lucca").isEqualTo(oneFullRead);
    }

    @Test
    @Order(2)
    void theTwoInstancesSpendOneLuccaBudget() throws IOException {
        // What is left cannot pay for another full read: a tenant nobody imported yet, read through the second
        // instance, has to wait for the first instance's calls to leave Lucca's minute.
        assertThat(oneFullRead).as("the first import's Lucca calls").isPositive();
        assertThat(BUDGET - oneFullRead).as("budget left after one full read").isLessThan(oneFullRead);

        Http.Answer cold = Http.get(second.url("/lucca-okta/api/Users?count=1"), "Authorization", "Bearer " + Scim.READ_ONLY_TOKEN);

        assertThat(cold.status()).as(cold.body()).isEqualTo(503);
        assertThat(Long.parseLong(cold.retryAfter())).isPositive();
        // Okta is answered after a short wait; the build gives up on the budget in the background.
        await("why the second instance gave up").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Files.readString(log(SECOND_PORT), StandardCharsets.ISO_8859_1))
                        .contains("Lucca's request budget is spent for now"));
        assertThat(luccaCalls()).as("calls Lucca received from both instances within its minute").isLessThanOrEqualTo(BUDGET);
    }

    @Test
    @Order(3)
    void anInstanceWhoseSecretKeyCannotOpenTheStoredLuccaKeysRefusesToServe() throws Exception {
        Properties settings = settings(false);
        settings.setProperty("connector.secretKey", "bm90IHRoZSBrZXkgdGhlIG90aGVycyB1c2UgISEhISE=");
        int port = SECOND_PORT + 100;
        Path log = log(port);
        Files.deleteIfExists(log);
        try (LocalServer stranger = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings, "512m", false,
                database.preBoot(), arguments(database))) {
            await().atMost(4, TimeUnit.MINUTES).pollInterval(1, TimeUnit.SECONDS)
                    .until(() -> Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(" ready in "));

            assertThat(Files.readString(log, StandardCharsets.ISO_8859_1))
                    .contains("connector.secretKey does not open the Lucca API keys stored in the database");
            assertThat(Http.get(stranger.url("/lucca-okta/api/ServiceProviderConfig"), "Authorization", "Bearer " + Scim.TOKEN)
                    .status()).as("the connector is not deployed").isEqualTo(404);
        }
    }

    private static Properties settings(boolean provisions) {
        // Every tenant of every instance reads the first one's sandbox.
        Properties settings = TestSettings.forServer(FIRST_PORT, 300);
        settings.setProperty("connector.cluster", "jcache");
        settings.setProperty("lucca.rateLimitPerMinute", Integer.toString(BUDGET));
        settings.setProperty("lucca.rateLimitMaxWaitMillis", "3000");
        if (!provisions) {
            // The tenants and accounts are the database's, created by the first instance.
            settings.remove("demo.tenants");
            settings.remove("demo.adminAccounts");
        }
        return settings;
    }

    private static List<String> arguments(TestDatabase database) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(LocalServer.clusterArguments("lucca-okta-it-" + FIRST_PORT, GRID_PORT, 2));
        return arguments;
    }

    private static LocalServer start(int port, Properties settings) throws IOException, InterruptedException {
        LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings, "512m", false, database.preBoot(), arguments(database));
        assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + port)).isTrue();
        return server;
    }

    private static Path log(int port) {
        return BUILD_DIR.resolve("local-server-" + port).resolve("server.log");
    }

    /** Each user's id and version, in the order served (locations name the instance that served them). */
    private static List<String> versions(List<JsonObject> users) {
        return users.stream().map(user -> user.getString("id") + " " + user.getJsonObject("meta").getString("version")).toList();
    }

    private static int luccaCalls() {
        return Http.get(lucca + "/requests").json().getInt("total");
    }
}
