package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The connector killed with SIGKILL while Lucca's events arrive loses none it acknowledged and applies each once:
 * Lucca (the sandbox) runs on a server of its own and keeps changing people through the kill, the downtime and the
 * restart; the connector's H2 file is then read to count the inbox against the sandbox's own record of what it
 * delivered. Prints the counts (docs/benchmarks.md records them).
 */
@OwnServers
class EventsCrashIT {

    private static final int LUCCA_PORT = Integer.getInteger("it.crashLuccaPort", 18580);
    private static final int PORT = Integer.getInteger("it.crashPort", 18590);
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path DATABASE = BUILD_DIR.resolve("events-crash-it").toAbsolutePath();
    private static final String SANDBOX = "http://127.0.0.1:" + LUCCA_PORT + "/lucca-sandbox";
    private static final String TOKEN = "crash-scim-token-6a1f0e93";
    private static final int PEOPLE = 40;
    /** Changes made after each step: before the kill, while the connector is down, after it serves again. */
    private static final int CHANGES_PER_STEP = 50;
    private static final Duration CHANGE_EVERY = Duration.ofMillis(100);
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);

    private final Map<String, String> lastTitles = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void everyEventAcknowledgedBeforeOrAfterASigkillIsAppliedExactlyOnce() throws Exception {
        TestDatabase database = TestDatabase.h2File(DATABASE, false);
        database.empty();
        try (LocalServer lucca = start(LUCCA_PORT, luccaSettings(), List.of())) {
            String tenant;
            int atKill;
            ScheduledExecutorService changer = Executors.newSingleThreadScheduledExecutor();
            try {
                try (LocalServer connector = start(PORT, connectorSettings(), database.preBoot())) {
                    tenant = awaitLive(connector);
                    List<String> ids = Scim.allUsers(connector.url("/lucca-okta/api"), TOKEN).stream()
                            .filter(user -> user.getBoolean("active")).map(user -> user.getString("id")).limit(PEOPLE).toList();
                    assertThat(ids).hasSize(PEOPLE);
                    changer.scheduleAtFixedRate(() -> change(ids), 0, CHANGE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                    String luccaToken = Sandbox.accessToken(SANDBOX, Sandbox.ALL_CLIENT);
                    await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= CHANGES_PER_STEP
                            && !eventIds(luccaToken, "&status=delivered").isEmpty());
                    connector.kill();
                }
                atKill = changes.get();
                int killedAfter = atKill;
                await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= killedAfter + CHANGES_PER_STEP);
                try (LocalServer connector = start(PORT, connectorSettings(), database.preBoot())) {
                    int atRestart = changes.get();
                    await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= atRestart + CHANGES_PER_STEP);
                    changer.shutdown();
                    assertThat(changer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                    await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(500))
                            .until(() -> lastTitles.entrySet().stream().allMatch(last -> last.getValue().equals(title(connector, last.getKey())))
                                    && report(connector, tenant).getInt("pending") == 0);
                }
            } finally {
                changer.shutdownNow();
            }
            String luccaToken = Sandbox.accessToken(SANDBOX, Sandbox.ALL_CLIENT);
            Set<String> generated = eventIds(luccaToken, "");
            Set<String> acknowledged = eventIds(luccaToken, "&status=delivered");
            Set<String> failed = eventIds(luccaToken, "&status=failed");
            Map<String, Integer> rowsPerEvent = new HashMap<>();
            Map<String, Integer> outcomes = new TreeMap<>();
            int notApplied = inbox(tenant, rowsPerEvent, outcomes);

            System.out.printf("Crash test: %d changes (%d before SIGKILL), %d events in Lucca, %d acknowledged by the connector,"
                            + " %d whose delivery failed at least once; inbox %d rows for %d events, applied %s, not applied %d%n",
                    changes.get(), atKill, generated.size(), acknowledged.size(), failed.size(),
                    rowsPerEvent.values().stream().mapToInt(Integer::intValue).sum(), rowsPerEvent.size(), outcomes, notApplied);
            assertThat(failed).as("the kill left deliveries the connector could not take").isNotEmpty();
            assertThat(rowsPerEvent.keySet()).as("every event the connector acknowledged is in its inbox")
                    .containsAll(acknowledged);
            assertThat(generated).as("the inbox holds only Lucca's events").containsAll(rowsPerEvent.keySet());
            assertThat(rowsPerEvent.values()).as("one row per event").allMatch(rows -> rows == 1);
            assertThat(notApplied).as("every stored event applied").isZero();
            Set<String> caughtUp = new HashSet<>(rowsPerEvent.keySet());
            caughtUp.removeAll(acknowledged);
            assertThat(caughtUp).as("events Lucca could not deliver were taken from its history").isNotEmpty();
        }
    }

    private void change(List<String> ids) {
        int n = changes.get();
        String id = ids.get(n % ids.size());
        String title = "Crash " + n;
        Http.Answer changed = Http.send("PATCH", SANDBOX + "/sandbox/employees/" + id, "{\"jobTitle\":\"" + title + "\"}");
        if (changed.status() == 200) {
            lastTitles.put(id, title);
            changes.incrementAndGet();
        }
    }

    private static LocalServer start(int port, Properties settings, List<String> preBoot) throws Exception {
        LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings, "512m", false, preBoot);
        assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + port)).isTrue();
        return server;
    }

    /** Lucca alone: its sandbox, and a connector without tenants beside it. */
    private static Properties luccaSettings() {
        Properties settings = TestSettings.forServer(LUCCA_PORT, 200);
        settings.setProperty("demo.tenants", "");
        return settings;
    }

    /** The connector with one tenant reading the sandbox on the other server through its OAuth client, events on. */
    private static Properties connectorSettings() {
        Properties settings = TestSettings.forServer(LUCCA_PORT, 200);
        settings.setProperty("connector.publicBaseUrl", "http://127.0.0.1:" + PORT + "/lucca-okta");
        settings.setProperty("demo.tenants", "crash");
        settings.setProperty("crash.scim.token", TOKEN);
        settings.setProperty("crash.lucca.baseUrl", SANDBOX);
        settings.setProperty("crash.lucca.apiKey", Sandbox.READ_KEY);
        settings.setProperty("crash.lucca.clientId", Sandbox.ALL_CLIENT);
        settings.setProperty("crash.lucca.clientSecret", Sandbox.ALL_CLIENT + "-secret");
        settings.setProperty("crash.tenant.name", "Crash company");
        settings.setProperty("crash.tenant.userNameSource", "MAIL");
        settings.setProperty("crash.tenant.properties", "jobTitle");
        settings.setProperty("crash.tenant.luccaEvents", "true");
        return settings;
    }

    /** Waits until the tenant's events are live on an active endpoint and its first full read is done. */
    private static String awaitLive(LocalServer connector) {
        String tenants = connector.url("/lucca-okta/admin/api/tenants");
        String id = Http.get(tenants, Admin.operator()).json().getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(tenant -> "Crash company".equals(tenant.getString("name"))).findFirst().orElseThrow().getString("id");
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonObject report = report(connector, id);
            return report.getBoolean("live") && report.containsKey("endpoint")
                    && "active".equals(report.getJsonObject("endpoint").getString("status"));
        });
        return id;
    }

    private static JsonObject report(LocalServer connector, String tenant) {
        Http.Answer answer = Http.get(connector.url("/lucca-okta/admin/api/tenants/" + tenant + "/events"), Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String title(LocalServer connector, String id) {
        Http.Answer user = Http.get(connector.url("/lucca-okta/api/Users/" + id), "Authorization", "Bearer " + TOKEN);
        return user.status() == 200 ? user.json().getString("title", "") : "(" + user.status() + ")";
    }

    /** The ids of the sandbox's events, all pages, with a filter such as {@code &status=delivered}. */
    private static Set<String> eventIds(String token, String filter) {
        Set<String> ids = new HashSet<>();
        String next = SANDBOX + "/lucca-api/events?limit=100&include=links" + filter;
        while (next != null) {
            Http.Answer page = Sandbox.v5(next, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonObject json = page.json();
            json.getJsonArray("items").getValuesAs(JsonObject.class).forEach(event -> ids.add(event.getString("id")));
            JsonObject links = json.getJsonObject("links");
            next = links.isNull("next") ? null : links.getJsonObject("next").getString("href");
        }
        return ids;
    }

    /** Counts the inbox's rows per event id and outcome, from the stopped connector's H2 file; answers those not applied. */
    private static int inbox(String tenant, Map<String, Integer> rowsPerEvent, Map<String, Integer> outcomes) throws Exception {
        List<String> notApplied = new ArrayList<>();
        // Payara's pool opens the file without a user name, so the database's administrator has none.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + DATABASE.resolve("connector"), "", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id, applied_at, outcome FROM event_inbox WHERE tenant_id = '"
                     + tenant + "'")) {
            while (rows.next()) {
                rowsPerEvent.merge(rows.getString(1), 1, Integer::sum);
                if (rows.getObject(2) == null) {
                    notApplied.add(rows.getString(1));
                } else {
                    outcomes.merge(rows.getString(3), 1, Integer::sum);
                }
            }
        }
        return notApplied.size();
    }
}
