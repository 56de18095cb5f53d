package dev.luccaokta.run;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The push benchmark ({@code mvn -B -o -Pbench verify -Dbench.push=true}): starts the stack with the demo's push tenant
 * alone, Okta's emulator keeping Okta's session window (one session per source every 300 s), and prints in Markdown
 * the initial load (from the tenant's first snapshot to the last person ACTIVE in Okta, with the sessions and requests
 * it took), then the parts asked for: the lag of job titles changed in Lucca through Okta's per-user endpoints
 * ({@code lag}); Okta answering 503 to everything for a while during changes, then the time to deliver them and
 * whether each was upserted exactly once ({@code outage}); the lag with per-user endpoints off, through import
 * sessions alone ({@code sessions}).
 *
 * <p>Settings (system properties): {@code bench.pushPort} (19580), {@code sandbox.employees} (500),
 * {@code bench.pushParts} (lag,outage,sessions; the initial load is always measured), {@code bench.pushOutageMinutes}
 * (10), {@code bench.pushSessionChanges} (200), {@code bench.pushProcessingMillis} (the emulator's time to process a
 * session, 2000).
 */
public final class PushBenchmark {

    private static final String TENANT = "Demo company pushing to Okta";
    private static final String SOURCE = "0oaSandboxSource0001";
    private static final String EMULATOR = "/okta-sandbox/emulator";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration LOAD_POLL = Duration.ofSeconds(2);
    private static final Duration CHANGE_SPACING = Duration.ofMillis(500);
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(90);
    private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(30);
    private static final int LAG_CHANGES = 200;
    private static final int OUTAGE_CHANGES = 100;
    private static final int SESSION_WINDOW_SECONDS = 300;
    private static final int PEOPLE_PER_SESSION = 10_000;
    private static final int CHECK_THREADS = 4;
    private static final int CHECKED_USERS = 5_000;
    private static final int UNLIMITED_RATE = 100_000;

    private final BenchHttp http;
    private final String tenant;

    private PushBenchmark(BenchHttp http, String tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.push")) {
            System.out.println("Push benchmark not requested (-Dbench.push=true runs it).");
            return;
        }
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.getInteger("bench.pushPort", 19580);
        Set<String> parts = Set.of(System.getProperty("bench.pushParts", "lag,outage,sessions").split(","));
        Properties settings = DemoLauncher.settings(baseDir, port);
        // The push tenant alone: the other demo tenants would read Lucca on the same two cores.
        settings.setProperty("demo.tenants", "demo.push");
        settings.setProperty("lucca.rateLimitPerMinute", Integer.toString(UNLIMITED_RATE));
        settings.setProperty("oktaSandbox.sessionWindowSeconds", Integer.toString(SESSION_WINDOW_SECONDS));
        settings.setProperty("oktaSandbox.processingDelayMillis", System.getProperty("bench.pushProcessingMillis", "2000"));
        int employees = Integer.parseInt(settings.getProperty("sandbox.employees"));
        try (LocalServer server = LocalServer.start(baseDir, buildDir, port, settings, "3g", false)) {
            if (!server.awaitReady()) {
                throw new IllegalStateException("The server did not start; see " + buildDir + "/local-server-" + port);
            }
            BenchHttp http = new BenchHttp(server);
            // The first full read of Lucca is not what is measured: the sandbox's budget would make it minutes long.
            http.send("PUT", "/lucca-sandbox/sandbox/faults", Json.createObjectBuilder()
                    .add("rateLimitPerMinute", UNLIMITED_RATE).build());
            new PushBenchmark(http, tenantId(http)).measure(employees, parts);
        }
    }

    private void measure(int employees, Set<String> parts) throws Exception {
        JsonObject emulator = http.get(EMULATOR + "/settings");
        System.out.printf("%n## Push to Okta, %,d employees%n%nOkta's emulator: session window %d s, processing %d ms a session.%n",
                employees, emulator.getInt("sessionWindowSeconds"), emulator.getInt("processingDelayMillis"));
        List<String> ids = initialLoad();
        if (parts.contains("lag")) {
            lag(ids, LAG_CHANGES, "Lag", "per-user endpoints", "30 s");
        }
        if (parts.contains("outage")) {
            outage(ids);
        }
        if (parts.contains("sessions")) {
            http.send("PUT", EMULATOR + "/identity-sources/" + SOURCE, Json.createObjectBuilder()
                    .add("identitySourceApps", true).add("individualEntities", false).build());
            lag(ids, Integer.getInteger("bench.pushSessionChanges", LAG_CHANGES), "Sessions",
                    "per-user endpoints off, import sessions alone", "6 min");
        }
        System.out.printf("%nThe tenant's push status at the end: %s%n", pushStatus());
    }

    /** Waits for the first snapshot, then until Okta has everyone; answers the people's ids, in Lucca's order. */
    private List<String> initialLoad() throws Exception {
        JsonObject snapshot = firstSnapshot();
        Instant builtAt = Instant.parse(snapshot.getString("builtAt"));
        int people = snapshot.getInt("users");
        Instant giveUp = Instant.now().plus(LOAD_LIMIT);
        boolean queued = false;
        while (true) {
            long waiting = pushStatus().getJsonNumber("waiting").longValue();
            queued |= waiting > 0;
            if (queued && waiting == 0) {
                break;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The initial load did not end within " + LOAD_LIMIT + ": " + pushStatus());
            }
            Thread.sleep(LOAD_POLL.toMillis());
        }
        List<String> ids = upserts().keySet().stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
        // The emulator finds a user by externalId by looking through them all: beyond a few thousand, a sample. A
        // session's people all turn ACTIVE at once, so the sample has the last ones' time.
        int stride = Math.max(1, ids.size() / CHECKED_USERS);
        List<JsonObject> users = oktaUsers(IntStream.range(0, ids.size()).filter(i -> i % stride == 0)
                .mapToObj(ids::get).toList());
        long active = users.stream().filter(user -> "ACTIVE".equals(user.getString("status"))).count();
        Instant lastActive = users.stream().map(user -> Instant.parse(user.getString("lastUpdated")))
                .max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Map<Integer, Long>> requests = requestsSince(builtAt);
        long sessions = requests.getOrDefault("session created", Map.of()).getOrDefault(201, 0L)
                + requests.getOrDefault("session created", Map.of()).getOrDefault(200, 0L);
        long needed = (people + PEOPLE_PER_SESSION - 1) / PEOPLE_PER_SESSION;
        Duration took = Duration.between(builtAt, lastActive);
        Duration floor = Duration.ofSeconds((needed - 1) * SESSION_WINDOW_SECONDS);
        System.out.printf("%n### Initial load%n%n| people in the snapshot | upserted in Okta | ACTIVE (of those read) |"
                        + " first snapshot → last ACTIVE | sessions | floor (one session of 10,000 every 5 min) |"
                        + "%n|---|---|---|---|---|---|%n| %,d | %,d | %,d of %,d | %s | %d | %s |%n",
                people, ids.size(), active, users.size(), minutes(took), sessions, floor(needed, floor, took));
        printRequests("Requests to Okta for the load", requests);
        System.out.printf("Last session (status endpoint): %s%n", pushStatus().get("lastSession"));
        awaitGroupsProcessed(giveUp);
        return ids;
    }

    /**
     * The tenant's departments follow its people in a session of their own: what comes next is measured once Okta
     * processed it, so that no session is being followed when Okta goes down.
     */
    private void awaitGroupsProcessed(Instant giveUp) throws Exception {
        while (!groupsProcessed(pushStatus().getJsonObject("lastSession"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The groups' session was not processed within " + LOAD_LIMIT);
            }
            Thread.sleep(LOAD_POLL.toMillis());
        }
    }

    private static boolean groupsProcessed(JsonObject session) {
        return "GROUPS".equals(session.getString("purpose"))
                && !Set.of("CREATED", "IN_PROGRESS", "TRIGGERED").contains(session.getString("status"));
    }

    /** Changes one person every {@link #CHANGE_SPACING} and measures, for each, the time until Okta shows it. */
    private void lag(List<String> ids, int changes, String label, String how, String target) throws Exception {
        Instant began = Instant.now();
        List<String> people = ids.subList(0, Math.min(changes, ids.size()));
        Changes made = Changes.spaced(http, people, label, CHANGE_SPACING);
        Map<String, Long> shown = awaitShown(made);
        List<Long> lags = people.stream().map(id -> TimeUnit.NANOSECONDS.toMillis(shown.get(id) - made.answered(id)))
                .sorted().toList();
        System.out.printf("%n### Lag, %s%n%n%d changes, one every %d ms: p50 %,d ms, p99 %,d ms, max %,d ms (target p99 ≤ %s)%n",
                how, people.size(), CHANGE_SPACING.toMillis(), Percentile.of(lags, 0.50), Percentile.of(lags, 0.99),
                lags.get(lags.size() - 1), target);
        printRequests("Requests to Okta meanwhile", requestsSince(began));
    }

    /** Okta answers 503 to everything while changes are made, then comes back. */
    private void outage(List<String> ids) throws Exception {
        Duration outage = Duration.ofMinutes(Integer.getInteger("bench.pushOutageMinutes", 10));
        List<String> people = ids.subList(0, Math.min(OUTAGE_CHANGES, ids.size()));
        Map<String, Integer> before = upserts();
        Instant down = Instant.now();
        http.send("PUT", EMULATOR + "/faults", Json.createObjectBuilder().add("status", 503).build());
        Changes made = Changes.spaced(http, people, "Outage", outage.dividedBy(people.size()));
        made.awaitAll(outage.plusMinutes(1));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), down.plus(outage)).toMillis()));
        http.send("DELETE", EMULATOR + "/faults", null);
        long up = System.nanoTime();
        Instant upAt = Instant.now();
        Map<String, Long> shown = awaitShown(made);
        long lastShown = shown.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        Map<String, Integer> after = upserts();
        Map<Integer, Long> upsertsEach = people.stream().collect(Collectors.groupingBy(
                id -> after.getOrDefault(id, 0) - before.getOrDefault(id, 0), TreeMap::new, Collectors.counting()));
        System.out.printf("%n### Okta down for %s (every request 503) during %d changes%n%nAfter it came back: all %d delivered in %,d ms;"
                        + " upserts per changed person after the fault: %s; lost: %d%n",
                minutes(outage), people.size(), shown.size(), TimeUnit.NANOSECONDS.toMillis(lastShown - up), upsertsEach,
                people.size() - shown.size());
        printRequests("Requests to Okta during the outage", requestsBetween(down, upAt));
        printRequests("Requests to Okta after it came back", requestsSince(upAt));
    }

    /** Polls Okta's user of each changed person every {@link #POLL} until it shows the new title; answers when (nanos). */
    private Map<String, Long> awaitShown(Changes made) throws IOException, InterruptedException {
        Map<String, Long> shown = new HashMap<>();
        Instant giveUp = Instant.now().plus(DELIVERY_LIMIT).plus(made.duration());
        while (shown.size() < made.size()) {
            for (String id : made.answeredIds()) {
                if (!shown.containsKey(id) && made.title(id).equals(oktaTitle(id))) {
                    shown.put(id, System.nanoTime());
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(shown.size() + " of " + made.size() + " changes reached Okta within "
                        + DELIVERY_LIMIT + ": " + pushStatus());
            }
            Thread.sleep(POLL.toMillis());
        }
        return shown;
    }

    private String oktaTitle(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.url(EMULATOR + "/users/" + id)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> answer = http.exchange(request);
        if (answer.statusCode() == 404) {
            return null;
        }
        return BenchHttp.parse(BenchHttp.expectOk(request, answer)).getJsonObject("profile").getString("title", null);
    }

    /** Okta's users of these people, read a few at a time. */
    private List<JsonObject> oktaUsers(List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CHECK_THREADS);
        try {
            List<Future<JsonObject>> users = new ArrayList<>();
            for (String id : ids) {
                users.add(pool.submit(() -> http.get(EMULATOR + "/users/" + id)));
            }
            List<JsonObject> read = new ArrayList<>();
            for (Future<JsonObject> user : users) {
                read.add(user.get());
            }
            return read;
        } finally {
            pool.shutdown();
        }
    }

    private JsonObject firstSnapshot() throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(LOAD_LIMIT);
        JsonObject snapshot = status().getJsonObject("snapshot");
        while (snapshot == null || !snapshot.containsKey("builtAt") || snapshot.isNull("builtAt")) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The push tenant's first snapshot was not built: " + status());
            }
            Thread.sleep(POLL.toMillis());
            snapshot = status().getJsonObject("snapshot");
        }
        return snapshot;
    }

    private static String tenantId(BenchHttp http) throws IOException, InterruptedException {
        return http.admin("/tenants").getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(tenant -> TENANT.equals(tenant.getString("name"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No push tenant")).getString("id");
    }

    private JsonObject status() throws IOException, InterruptedException {
        return http.admin("/tenants/" + tenant + "/status");
    }

    private JsonObject pushStatus() throws IOException, InterruptedException {
        return http.admin("/tenants/" + tenant + "/push/status");
    }

    /** How many times Okta upserted each externalId since the emulator started. */
    private Map<String, Integer> upserts() throws IOException, InterruptedException {
        JsonObject upserts = http.get(EMULATOR + "/counters").getJsonObject("upserts");
        Map<String, Integer> counts = new HashMap<>();
        upserts.forEach((id, count) -> counts.put(id, ((JsonNumber) count).intValue()));
        return counts;
    }

    private Map<String, Map<Integer, Long>> requestsSince(Instant from) throws IOException, InterruptedException {
        return requestsBetween(from, Instant.MAX);
    }

    /** The emulator's requests answered in [from, to), by kind, then by status. */
    private Map<String, Map<Integer, Long>> requestsBetween(Instant from, Instant to) throws IOException, InterruptedException {
        Map<String, Map<Integer, Long>> byKind = new LinkedHashMap<>();
        for (JsonObject entry : http.get(EMULATOR + "/requests").getJsonArray("requests").getValuesAs(JsonObject.class)) {
            Instant at = Instant.parse(entry.getString("time"));
            if (!at.isBefore(from) && at.isBefore(to)) {
                byKind.computeIfAbsent(kind(entry.getString("method"), entry.getString("path")), k -> new TreeMap<>())
                        .merge(entry.getInt("status"), 1L, Long::sum);
            }
        }
        return byKind;
    }

    private static String kind(String method, String path) {
        if (path.contains("oauth2/")) {
            return "token";
        } else if (path.endsWith("/start-import")) {
            return "start-import";
        } else if (path.contains("/bulk-")) {
            return "bulk upload";
        } else if (path.endsWith("/sessions") && method.equals("POST")) {
            return "session created";
        } else if (path.contains("/sessions/") && method.equals("GET")) {
            return "session polled";
        } else if (path.contains("/users")) {
            return "per-user " + method;
        }
        return method + " other";
    }

    private static void printRequests(String title, Map<String, Map<Integer, Long>> byKind) {
        System.out.printf("%n%s:%n%n| request | answers by status |%n|---|---|%n", title);
        byKind.forEach((kind, statuses) -> System.out.printf("| %s | %s |%n", kind, statuses.entrySet().stream()
                .map(status -> status.getKey() + ": " + status.getValue()).collect(Collectors.joining(", "))));
    }

    private static String floor(long sessions, Duration floor, Duration took) {
        if (sessions == 1) {
            return "one session, at once";
        }
        String against = took.compareTo(floor) >= 0 ? minutes(took.minus(floor)) + " over it"
                : minutes(floor.minus(took)) + " under it";
        return minutes(floor) + " from the first session to the " + sessions + "th; " + against;
    }

    private static String minutes(Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(2)) < 0) {
            return String.format("%.1f s", duration.toMillis() / 1000.0);
        }
        return String.format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }

    /** Job titles changed in Lucca one person at a time on a thread of their own; when each change was answered. */
    private static final class Changes {

        private final Map<String, String> titles = new LinkedHashMap<>();
        private final Map<String, Long> answered = new ConcurrentHashMap<>();
        private final Duration duration;
        private Future<?> run;

        private Changes(List<String> people, String label, Duration spacing) {
            people.forEach(id -> titles.put(id, label + " " + id + " " + Instant.now().toEpochMilli()));
            duration = spacing.multipliedBy(people.size());
        }

        static Changes spaced(BenchHttp http, List<String> people, String label, Duration spacing) {
            Changes changes = new Changes(people, label, spacing);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            changes.run = thread.submit(() -> {
                for (Map.Entry<String, String> change : changes.titles.entrySet()) {
                    long next = System.nanoTime() + spacing.toNanos();
                    http.send("PATCH", "/lucca-sandbox/sandbox/employees/" + change.getKey(),
                            Json.createObjectBuilder().add("jobTitle", change.getValue()).build());
                    changes.answered.put(change.getKey(), System.nanoTime());
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                }
                return null;
            });
            thread.shutdown();
            return changes;
        }

        void awaitAll(Duration limit) throws Exception {
            run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        int size() {
            return titles.size();
        }

        Duration duration() {
            return duration;
        }

        /** The people whose change Lucca answered, so far; a failed change ends the run. */
        Set<String> answeredIds() {
            if (run.isDone() && answered.size() < titles.size()) {
                try {
                    run.get();
                } catch (Exception e) {
                    throw new IllegalStateException("A change in Lucca failed", e);
                }
            }
            return Set.copyOf(answered.keySet());
        }

        long answered(String id) {
            return answered.get(id);
        }

        String title(String id) {
            return titles.get(id);
        }
    }
}
