package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the connector behind one load balancer: Payara Micros clustered on loopback over their Hazelcast
 * data grid ({@code connector.cluster=jcache}), sharing one database (PostgreSQL where one is configured, as in CI;
 * otherwise an H2 file the first serves to the second). The Lucca sandbox of the first is the Lucca of both, so its
 * request log counts what the cluster as a whole asked of Lucca.
 */
class ClusterIT {

    private static final int FIRST_PORT = Integer.getInteger("it.clusterPort", 18680);
    private static final int SECOND_PORT = FIRST_PORT + 100;
    /** The data grid's members, one port each. */
    private static final int GRID_PORT = FIRST_PORT + 1000;
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));

    /** Lucca's budget for the whole cluster, small enough that one full read of the sandbox spends most of it. */
    private static final int BUDGET = 8;

    @Test
    void theSecondInstanceServesAnImportWithoutCallingLuccaAndTheTwoShareOneBudget() throws Exception {
        TestDatabase database = TestDatabase.postgreSqlConfigured() ? TestDatabase.postgreSql(BASE_DIR, BUILD_DIR)
                : TestDatabase.h2File(BUILD_DIR.resolve("cluster-it").toAbsolutePath(), true);
        database.empty();
        try (LocalServer first = start(FIRST_PORT, database, true); LocalServer second = start(SECOND_PORT, database, false)) {
            String lucca = first.url("/lucca-sandbox/sandbox");
            assertThat(Http.post(lucca + "/reset", "").status()).isIn(200, 204);

            List<JsonObject> importedFromFirst = Scim.allUsers(first.url("/lucca-okta/api"), Scim.TOKEN);
            int oneFullRead = luccaCalls(lucca);
            List<JsonObject> importedFromSecond = Scim.allUsers(second.url("/lucca-okta/api"), Scim.TOKEN);

            assertThat(importedFromFirst).hasSizeGreaterThan(100);
            assertThat(versions(importedFromSecond)).as("the same snapshot, page for page").isEqualTo(versions(importedFromFirst));
            assertThat(luccaCalls(lucca)).as("the second instance served its import without calling Lucca")
                    .isEqualTo(oneFullRead);

            // What is left of the budget cannot pay for another full read: a tenant nobody imported yet, read
            // through the second instance, must wait for the first one's calls to leave Lucca's minute.
            assertThat(BUDGET - oneFullRead).as("budget left after one full read").isLessThan(oneFullRead);
            Http.Answer cold = Http.get(second.url("/lucca-okta/api/Users?count=1"), "Authorization",
                    "Bearer " + Scim.READ_ONLY_TOKEN);

            assertThat(cold.status()).as(cold.body()).isEqualTo(503);
            assertThat(Long.parseLong(cold.retryAfter())).isPositive();
            assertThat(luccaCalls(lucca)).as("calls Lucca received from both instances within its minute")
                    .isLessThanOrEqualTo(BUDGET);
        }
    }

    private static LocalServer start(int port, TestDatabase database, boolean provisions) throws IOException, InterruptedException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(BASE_DIR.resolve("server-config/test.properties"))) {
            settings.load(in);
        }
        // Every tenant of either instance reads the first one's sandbox.
        settings.setProperty("it.port", Integer.toString(FIRST_PORT));
        settings.setProperty("sandbox.employees", "300");
        settings.setProperty("connector.cluster", "jcache");
        settings.setProperty("lucca.rateLimitPerMinute", Integer.toString(BUDGET));
        settings.setProperty("lucca.rateLimitMaxWaitMillis", "3000");
        if (!provisions) {
            // The tenants and accounts are the database's, created by the first instance.
            settings.remove("demo.tenants");
            settings.remove("demo.adminAccounts");
        }
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of("--clustermode", "tcpip:127.0.0.1:" + GRID_PORT + ",127.0.0.1:" + (GRID_PORT + 1),
                "--startport", Integer.toString(GRID_PORT), "--interfaces", "127.0.0.1",
                "--clustername", "lucca-okta-it-" + FIRST_PORT));
        LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings, "512m", false, database.preBoot(), arguments);
        assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + port)).isTrue();
        return server;
    }

    /** Each user's id and version, in the order served (locations name the instance that served them). */
    private static List<String> versions(List<JsonObject> users) {
        return users.stream().map(user -> user.getString("id") + " " + user.getJsonObject("meta").getString("version")).toList();
    }

    private static int luccaCalls(String sandboxAdmin) {
        return Http.get(sandboxAdmin + "/requests").json().getInt("total");
    }
}
