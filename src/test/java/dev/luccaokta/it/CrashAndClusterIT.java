package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector where servers fail or are many, with Lucca (the sandbox) and Okta (its emulator) on a server of their
 * own, which keeps their state while the connector's server dies: the connector killed with SIGKILL while events arrive
 * loses none it acknowledged and applies each once (its H2 file is then read to count the inbox against the sandbox's
 * own record of what it delivered; the counts are printed, docs/benchmarks.md records them); killed while changes wait
 * for an Okta that refuses them, it delivers them and those made while it was down, each exactly once, after its
 * restart; and in a cluster of two, the instance Lucca calls stores the events, one instance applies them, and both
 * serve the result.
 */
@OwnServers
class CrashAndClusterIT {

    private static final int LUCCA_PORT = Integer.getInteger("it.crashLuccaPort", 18580);
    private static final int PORT = Integer.getInteger("it.crashPort", 18590);
    /** The cluster: the first instance serves its H2 file to the second, which is the address Lucca calls. */
    private static final int FIRST_PORT = PORT + 1;
    private static final int SECOND_PORT = PORT + 2;
    private static final int GRID_PORT = PORT + 1010;
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path DATABASE = BUILD_DIR.resolve("events-crash-it").toAbsolutePath();
    private static final Path CLUSTER_DATABASE = BUILD_DIR.resolve("events-cluster-it").toAbsolutePath();
    private static final Path PUSH_DATABASE = BUILD_DIR.resolve("push-crash-it").toAbsolutePath();
    private static final String SANDBOX = "http://127.0.0.1:" + LUCCA_PORT + "/lucca-sandbox";
    private static final String OKTA = "http://127.0.0.1:" + LUCCA_PORT + "/okta-sandbox";
    private static final String TOKEN = "crash-scim-token-6a1f0e93";
    private static final int PEOPLE = 40;
    /** Changes made after each step: before the kill, while the connector is down, after it serves again. */
    private static final int CHANGES_PER_STEP = 50;
    private static final Duration CHANGE_EVERY = Duration.ofMillis(100);
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);

    private static LocalServer lucca;

    private final Map<String, String> lastTitles = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void startLucca() throws Exception {
        lucca = start(LUCCA_PORT, luccaSettings(), List.of(), List.of());
    }

    @AfterAll
    static void stopLucca() {
        if (lucca != null) {
            lucca.close();
        }
    }

    @BeforeEach
    void resetLucca() {
        // No endpoint, event or request of another test.
        assertThat(Http.post(SANDBOX + "/sandbox/reset", "").status()).isIn(200, 204);
    }

    @Test
    void everyEventAcknowledgedBeforeOrAfterASigkillIsAppliedExactlyOnce() throws Exception {
        TestDatabase database = TestDatabase.h2File(DATABASE, false);
        database.empty();
        String tenant;
        int atKill;
        ScheduledExecutorService changer = Executors.newSingleThreadScheduledExecutor();
        try {
            try (LocalServer connector = start(PORT, connectorSettings(PORT), database.preBoot(), List.of())) {
                tenant = awaitLive(connector);
                List<String> ids = activePeople(connector, PEOPLE);
                changer.scheduleAtFixedRate(() -> change(ids), 0, CHANGE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                String luccaToken = Sandbox.accessToken(SANDBOX, Sandbox.ALL_CLIENT);
                await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= CHANGES_PER_STEP
                        && !eventIds(luccaToken, "&status=delivered").isEmpty());
                connector.kill();
            }
            atKill = changes.get();
            await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= atKill + CHANGES_PER_STEP);
            try (LocalServer connector = start(PORT, connectorSettings(PORT), database.preBoot(), List.of())) {
                int atRestart = changes.get();
                await().atMost(SETTLED_WITHIN).until(() -> changes.get() >= atRestart + CHANGES_PER_STEP);
                changer.shutdown();
                assertThat(changer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

                awaitEveryLastTitleAndNothingPending(tenant, connector);
            }
        } finally {
            changer.shutdownNow();
        }
        String luccaToken = Sandbox.accessToken(SANDBOX, Sandbox.ALL_CLIENT);
        Set<String> generated = eventIds(luccaToken, "");
        Set<String> acknowledged = eventIds(luccaToken, "&status=delivered");
        Set<String> failed = eventIds(luccaToken, "&status=failed");
        Inbox inbox = Inbox.read(DATABASE, tenant);

        System.out.printf("Crash test: %d changes (%d before SIGKILL), %d events in Lucca, %d acknowledged by the connector,"
                        + " %d whose delivery failed at least once; inbox %d rows for %d events, applied %s, not applied %d%n",
                changes.get(), atKill, generated.size(), acknowledged.size(), failed.size(), inbox.rows(),
                inbox.rowsPerEvent().size(), inbox.outcomes(), inbox.notApplied().size());
        assertThat(failed).as("the kill left deliveries the connector could not take").isNotEmpty();
        assertThat(inbox.rowsPerEvent().keySet()).as("every event the connector acknowledged is in its inbox")
                .containsAll(acknowledged);
        assertThat(generated).as("the inbox holds only Lucca's events").containsAll(inbox.rowsPerEvent().keySet());
        assertThat(inbox.rowsPerEvent().values()).as("one row per event").allMatch(rows -> rows == 1);
        assertThat(inbox.notApplied()).as("every stored event applied").isEmpty();
        Set<String> caughtUp = new HashSet<>(inbox.rowsPerEvent().keySet());
        caughtUp.removeAll(acknowledged);
        assertThat(caughtUp).as("events Lucca could not deliver were taken from its history").isNotEmpty();
    }

    @Test
    void changesWaitingForOktaWhenTheConnectorIsKilledAndThoseMadeWhileItIsDownArriveExactlyOnceAfterItsRestart()
            throws Exception {
        TestDatabase database = TestDatabase.h2File(PUSH_DATABASE, false);
        database.empty();
        assertThat(Http.post(OKTA + "/emulator/reset", "").status()).isEqualTo(204);
        assertThat(Http.put(OKTA + "/emulator/settings", "{\"processingDelayMillis\":100,\"sessionWindowSeconds\":0}")
                .status()).isEqualTo(200);
        Properties settings = pushSettings();
        List<String> refused;
        List<String> whileDown;
        String tenant;
        try (LocalServer connector = start(PORT, settings, database.preBoot(), List.of())) {
            tenant = awaitLive(connector);
            int active = activePeople(connector, Integer.MAX_VALUE).size();
            await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                    upserts().size() == active && waiting(connector, tenant) == 0);
            List<String> ids = activePeople(connector, 15);
            refused = ids.subList(0, 10);
            whileDown = ids.subList(10, 15);
            assertThat(Http.put(OKTA + "/emulator/faults", "{\"status\":503}").status()).isEqualTo(204);

            refused.forEach(id -> retitle(id, "Refused by Okta " + id));

            await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                    waiting(connector, tenant) == refused.size() && oktaRequests().stream()
                            .anyMatch(request -> request.getInt("status") == 503));
            connector.kill();
        }
        assertThat(outbox(PUSH_DATABASE, tenant)).as("the outbox the killed connector left in its database")
                .containsExactlyInAnyOrderElementsOf(refused);
        whileDown.forEach(id -> retitle(id, "Changed while the connector was down " + id));
        // Changed again before the first change reached Okta: only the last one is worth sending.
        refused.subList(0, 2).forEach(id -> retitle(id, "Changed twice " + id));
        assertThat(Http.delete(OKTA + "/emulator/faults").status()).isEqualTo(204);
        assertThat(upserts().values()).as("Okta got nothing but the initial load").allMatch(count ->
                ((JsonNumber) count).intValue() == 1);

        Duration caughtUp;
        try (LocalServer connector = start(PORT, settings, database.preBoot(), List.of())) {
            Instant ready = Instant.now();
            await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                    lastTitles.entrySet().stream().allMatch(last -> last.getValue().equals(oktaTitle(last.getKey())))
                            && waiting(connector, tenant) == 0);
            caughtUp = Duration.between(ready, Instant.now());
        }
        JsonObject upserts = upserts();
        System.out.printf("Push crash test: %d changes refused by Okta before SIGKILL, %d made while the connector was"
                + " down; all in Okta %d s after the restarted connector was ready%n", refused.size(), whileDown.size(),
                caughtUp.toSeconds());
        List<String> changed = new ArrayList<>(refused);
        changed.addAll(whileDown);
        assertThat(changed).allSatisfy(id -> assertThat(upserts.getInt(id)).as("upserted once after the restart")
                .isEqualTo(2));
        assertThat(upserts.values().stream().mapToInt(count -> ((JsonNumber) count).intValue()).sum())
                .as("no one else sent again").isEqualTo(upserts.size() + changed.size());
    }

    @Test
    void inAClusterTheInstanceLuccaCallsStoresTheEventsOneAppliesEachAndBothServeTheResult() throws Exception {
        TestDatabase database = TestDatabase.h2File(CLUSTER_DATABASE, true);
        database.empty();
        for (int port : new int[] {FIRST_PORT, SECOND_PORT}) {
            // Logs are appended run after run; the deliveries counted are this run's.
            Files.deleteIfExists(log(port));
        }
        String tenant;
        try (LocalServer first = start(FIRST_PORT, clusterSettings(true), database.preBoot(), clusterArguments());
             LocalServer second = start(SECOND_PORT, clusterSettings(false), database.preBoot(), clusterArguments())) {
            tenant = awaitLive(first);
            List<String> ids = activePeople(first, PEOPLE);
            Http.delete(SANDBOX + "/sandbox/requests");
            for (int n = 0; n < CHANGES_PER_STEP; n++) {
                change(ids);
            }

            // The first instance received no event: what it shows came from the snapshot the cluster shares.
            awaitEveryLastTitleAndNothingPending(tenant, first);
            awaitEveryLastTitleAndNothingPending(tenant, second);
            assertThat(received(FIRST_PORT, tenant)).as("deliveries to the instance Lucca does not call").isZero();
            assertThat(received(SECOND_PORT, tenant)).as("deliveries to the instance Lucca calls").isPositive();
            JsonObject byEndpoint = Http.get(SANDBOX + "/sandbox/requests").json().getJsonObject("byEndpoint");
            assertThat(byEndpoint.getInt("GET /lucca-api/employees", 0))
                    .as("the cluster read people again at most once a change: " + byEndpoint).isLessThanOrEqualTo(changes.get());
        }
        Inbox inbox = Inbox.read(CLUSTER_DATABASE, tenant);
        assertThat(inbox.rowsPerEvent()).as("one row per change's event").hasSize(changes.get());
        assertThat(inbox.rowsPerEvent().values()).as("one row per event").allMatch(rows -> rows == 1);
        assertThat(inbox.notApplied()).as("every stored event applied").isEmpty();
    }

    private void change(List<String> ids) {
        int n = changes.get();
        String id = ids.get(n % ids.size());
        String title = "Crash " + n;
        if (setTitle(id, title).status() == 200) {
            lastTitles.put(id, title);
            changes.incrementAndGet();
        }
    }

    private void retitle(String id, String title) {
        Http.Answer changed = setTitle(id, title);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        lastTitles.put(id, title);
    }

    private static Http.Answer setTitle(String id, String title) {
        return Http.send("PATCH", SANDBOX + "/sandbox/employees/" + id, "{\"jobTitle\":\"" + title + "\"}");
    }

    private void awaitEveryLastTitleAndNothingPending(String tenant, LocalServer connector) {
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> lastTitles.entrySet().stream().allMatch(last -> last.getValue().equals(title(connector, last.getKey())))
                        && report(connector, tenant).getInt("pending") == 0);
    }

    private static LocalServer start(int port, Properties settings, List<String> preBoot, List<String> arguments)
            throws Exception {
        LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings, "512m", false, preBoot, arguments);
        assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + port)).isTrue();
        return server;
    }

    /** Lucca alone: its sandbox, and a connector without tenants beside it. */
    private static Properties luccaSettings() {
        Properties settings = TestSettings.forServer(LUCCA_PORT, 200);
        settings.setProperty("demo.tenants", "");
        return settings;
    }

    /**
     * A connector with one tenant reading the sandbox on the other server through its OAuth client, events on, and
     * Lucca told to call the instance on {@code calledPort}.
     */
    private static Properties connectorSettings(int calledPort) {
        Properties settings = TestSettings.forServer(LUCCA_PORT, 200);
        settings.setProperty("connector.publicBaseUrl", "http://127.0.0.1:" + calledPort + "/lucca-okta");
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

    /** The crash tenant pushing to Okta's emulator beside Lucca, with its API token. */
    private static Properties pushSettings() {
        Properties settings = connectorSettings(PORT);
        settings.setProperty("crash.tenant.deliveryMode", "OKTA_PUSH");
        settings.setProperty("crash.okta.orgUrl", OKTA);
        settings.setProperty("crash.okta.sourceId", OktaSandbox.SOURCE);
        settings.setProperty("crash.okta.apiToken", OktaSandbox.API_TOKEN);
        return settings;
    }

    /** An instance of the cluster, as a load balancer sending Lucca's calls to the second would have it. */
    private static Properties clusterSettings(boolean provisions) {
        Properties settings = connectorSettings(SECOND_PORT);
        settings.setProperty("connector.cluster", "jcache");
        if (!provisions) {
            // The tenant and accounts are the database's, created by the first instance.
            settings.remove("demo.tenants");
            settings.remove("demo.adminAccounts");
        }
        return settings;
    }

    private static List<String> clusterArguments() {
        return LocalServer.clusterArguments("lucca-okta-events-it-" + PORT, GRID_PORT, 2);
    }

    /** The first {@code count} people listed active, all of them when there are fewer. */
    private static List<String> activePeople(LocalServer connector, int count) {
        List<String> ids = Scim.allUsers(connector.url("/lucca-okta/api"), TOKEN).stream()
                .filter(user -> user.getBoolean("active")).map(user -> user.getString("id")).limit(count).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(Math.min(count, PEOPLE));
        return ids;
    }

    /** Deliveries to the instance on this port the connector accepted, from its access log. */
    private static long received(int port, String tenant) throws IOException {
        try (Stream<String> lines = Files.lines(log(port), StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("method=POST path=/lucca-okta/events/lucca/" + tenant + " status=202"))
                    .count();
        }
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

    private static JsonObject pushStatus(LocalServer connector, String tenant) {
        Http.Answer answer = Http.get(connector.url("/lucca-okta/admin/api/tenants/" + tenant + "/push/status"),
                Admin.operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Changes the connector holds for Okta, not yet accepted. */
    private static long waiting(LocalServer connector, String tenant) {
        return pushStatus(connector, tenant).getJsonNumber("waiting").longValue();
    }

    /** How many times Okta's emulator was given each person, by external id. */
    private static JsonObject upserts() {
        return Http.get(OKTA + "/emulator/counters").json().getJsonObject("upserts");
    }

    private static List<JsonObject> oktaRequests() {
        return Http.get(OKTA + "/emulator/requests").json().getJsonArray("requests").getValuesAs(JsonObject.class);
    }

    private static String oktaTitle(String externalId) {
        Http.Answer user = Http.get(OKTA + "/emulator/users/" + externalId);
        return user.status() == 200 ? user.json().getJsonObject("profile").getString("title", null) : null;
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

    private static Path log(int port) {
        return BUILD_DIR.resolve("local-server-" + port).resolve("server.log");
    }

    /** The stopped connector's H2 file; Payara's pool opens it without a user name, so its administrator has none. */
    private static Connection connect(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + database.resolve("connector"), "", "");
    }

    /** The people a tenant's outbox holds for Okta, as the stopped connector left its H2 file. */
    private static List<String> outbox(Path database, String tenant) throws Exception {
        List<String> people = new ArrayList<>();
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement("SELECT external_id FROM okta_outbox WHERE tenant_id = ?")) {
            query.setString(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(rows.getString(1));
                }
            }
        }
        return people;
    }

    /** A tenant's inbox as the stopped connector left it in its H2 file: rows per event id, outcomes, events not applied. */
    private record Inbox(Map<String, Integer> rowsPerEvent, Map<String, Integer> outcomes, List<String> notApplied) {

        static Inbox read(Path database, String tenant) throws Exception {
            Inbox inbox = new Inbox(new HashMap<>(), new TreeMap<>(), new ArrayList<>());
            try (Connection connection = connect(database);
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT event_id, applied_at, outcome FROM event_inbox WHERE tenant_id = ?")) {
                query.setString(1, tenant);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        inbox.rowsPerEvent.merge(rows.getString(1), 1, Integer::sum);
                        if (rows.getObject(2) == null) {
                            inbox.notApplied.add(rows.getString(1));
                        } else {
                            inbox.outcomes.merge(rows.getString(3), 1, Integer::sum);
                        }
                    }
                }
            }
            return inbox;
        }

        int rows() {
            return rowsPerEvent.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
