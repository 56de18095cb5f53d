package dev.luccaokta.run;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The events benchmark ({@code mvn -B -Pbench verify -Dbench.events=true}): starts the stack with the demo tenant
 * taking Lucca's events, waits until they are live and the first full read is done, then prints how long a change
 * made in Lucca takes to show in SCIM, how many Lucca calls a change costs under bursts, and the Lucca calls of one
 * hour of a warm tenant with events against polling at the default TTL.
 *
 * <p>Settings (system properties): {@code bench.eventsEmployees} (10000), {@code bench.eventsPort} (18400).
 */
public final class EventsBenchmark {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration CHANGE_LIMIT = Duration.ofMinutes(2);
    private static final int LAG_CHANGES = 200;
    private static final int BURSTS = 5;
    private static final int BURST_SIZE = 100;
    private static final int BURST_THREADS = 8;
    private static final int HOURLY_CHANGES = 100;
    private static final Duration HOURLY_SPACING = Duration.ofMillis(100);
    /** Endpoint checks an hour: one every {@code events.checkMinutes} (15), each a list call. */
    private static final int ENDPOINT_CHECKS_PER_HOUR = 4;
    /** Full reads an hour when polling at the default TTL (900 s). */
    private static final int POLLED_FULL_READS_PER_HOUR = 4;
    private static final int UNLIMITED_RATE = 100_000;

    /** Lucca calls counted in the sandbox's request log: its API's and its token endpoint's. */
    private record Calls(long api, long token) {

        long total() {
            return api + token;
        }
    }

    private final BenchHttp http;
    private final String token;

    private EventsBenchmark(BenchHttp http, String token) {
        this.http = http;
        this.token = token;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (!Boolean.getBoolean("bench.events")) {
            System.out.println("Events benchmark not requested (-Dbench.events=true runs it).");
            return;
        }
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.getInteger("bench.eventsPort", 18400);
        int employees = Integer.getInteger("bench.eventsEmployees", 10_000);
        System.setProperty("sandbox.employees", Integer.toString(employees));
        Properties settings = DemoLauncher.demoTenantAlone(DemoLauncher.settings(baseDir, port));
        settings.setProperty("lucca.rateLimitPerMinute", Integer.toString(UNLIMITED_RATE));
        try (LocalServer server = LocalServer.start(baseDir, buildDir, port, settings, "3g", false)) {
            if (!server.awaitReady()) {
                throw new IllegalStateException("The server did not start; see " + buildDir + "/local-server-" + port);
            }
            new EventsBenchmark(new BenchHttp(server), settings.getProperty("demo.scim.token")).measure(employees);
        }
    }

    private void measure(int employees) throws IOException, InterruptedException {
        liftRateLimit();
        clearRequests();
        List<String> ids = listedIds(BURSTS * BURST_SIZE);
        Calls fullRead = requests();
        String tenant = awaitLive();
        System.out.printf("Events benchmark, %,d employees: first full read %d Lucca calls (%d token); events live on tenant %s%n",
                employees, fullRead.total(), fullRead.token(), tenant);

        List<Long> lags = new ArrayList<>();
        for (int n = 0; n < LAG_CHANGES; n++) {
            lags.add(lagOfOneChange(ids.get(n), "Lag " + n));
        }
        lags.sort(null);
        System.out.printf("1. lag, %d changes one at a time: p50 %d ms, p99 %d ms, max %d ms%n", LAG_CHANGES,
                Percentile.of(lags, 0.50), Percentile.of(lags, 0.99), lags.get(lags.size() - 1));

        clearRequests();
        Instant burstsBegan = Instant.now();
        for (int burst = 0; burst < BURSTS; burst++) {
            burst(ids.subList(burst * BURST_SIZE, (burst + 1) * BURST_SIZE), "Burst " + burst);
        }
        Calls bursts = requests();
        int changes = BURSTS * BURST_SIZE;
        System.out.printf("2. bursts, %d x %d changes on %d threads (%.1f s): %d Lucca calls (%d API, %d token), %.3f per change%n",
                BURSTS, BURST_SIZE, BURST_THREADS, Duration.between(burstsBegan, Instant.now()).toMillis() / 1000.0,
                bursts.total(), bursts.api(), bursts.token(), (double) bursts.total() / changes);

        clearRequests();
        spacedChanges(ids.subList(0, HOURLY_CHANGES), "Hourly");
        Calls spaced = requests();
        double dailyFullRead = fullReadCalls(employees) / 24.0;
        double hourWithEvents = spaced.total() + ENDPOINT_CHECKS_PER_HOUR + dailyFullRead;
        long hourPolling = (long) POLLED_FULL_READS_PER_HOUR * fullReadCalls(employees);
        System.out.printf("3. one hour, warm tenant, %d changes: %d calls for the changes (%d API, %d token) + %d endpoint checks"
                        + " + %.1f daily full read amortised (%d / 24) = %.1f Lucca calls; polling at the 900 s TTL: %d x %d = %d%n",
                HOURLY_CHANGES, spaced.total(), spaced.api(), spaced.token(), ENDPOINT_CHECKS_PER_HOUR, dailyFullRead,
                fullReadCalls(employees), hourWithEvents, POLLED_FULL_READS_PER_HOUR, fullReadCalls(employees), hourPolling);
        System.out.printf("   with the full read measured above (%d calls): events %.1f, polling %d%n", fullRead.total(),
                spaced.total() + ENDPOINT_CHECKS_PER_HOUR + fullRead.total() / 24.0, POLLED_FULL_READS_PER_HOUR * fullRead.total());
    }

    /** What a full read costs by the rule of thumb: a page of 100 people per call, plus the organisation's lists. */
    private static int fullReadCalls(int employees) {
        return employees / 100 + 6;
    }

    /** Milliseconds from the sandbox's answer to the change until SCIM shows the new title. */
    private long lagOfOneChange(String id, String title) throws IOException, InterruptedException {
        change(id, title);
        long answered = System.nanoTime();
        awaitShown(id, title);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
    }

    /** Changes every person at once from a pool of threads, then waits until SCIM shows them all. */
    private void burst(List<String> people, String title) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(BURST_THREADS);
        try {
            List<Future<Void>> sent = new ArrayList<>();
            for (String id : people) {
                sent.add(pool.submit(() -> {
                    change(id, title);
                    return null;
                }));
            }
            for (Future<Void> one : sent) {
                one.get(CHANGE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("A change of the burst failed", e);
        } finally {
            pool.shutdown();
        }
        for (String id : people) {
            awaitShown(id, title);
        }
    }

    /** One change every {@link #HOURLY_SPACING}, then waits until SCIM shows them all. */
    private void spacedChanges(List<String> people, String title) throws IOException, InterruptedException {
        for (String id : people) {
            change(id, title);
            Thread.sleep(HOURLY_SPACING.toMillis());
        }
        for (String id : people) {
            awaitShown(id, title);
        }
    }

    private void change(String id, String title) throws IOException, InterruptedException {
        http.send("PATCH", "/lucca-sandbox/sandbox/employees/" + id, Json.createObjectBuilder().add("jobTitle", title).build());
    }

    /** Reads the person through SCIM every {@link #POLL} until their title is {@code title}. */
    private void awaitShown(String id, String title) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(CHANGE_LIMIT);
        while (!title.equals(scim("/Users/" + id).getString("title", null))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("User " + id + " never showed the title " + title);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The ids of the first {@code count} people SCIM lists, read by pages of 100 (the first read waits for the snapshot). */
    private List<String> listedIds(int count) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int startIndex = 1; ids.size() < count; startIndex += 100) {
            scim("/Users?startIndex=" + startIndex + "&count=100").getJsonArray("Resources").getValuesAs(JsonObject.class)
                    .forEach(user -> ids.add(user.getString("id")));
        }
        return ids.subList(0, count);
    }

    /** Waits until the demo tenant's events are live and its endpoint on Lucca is active; answers the tenant's id. */
    private String awaitLive() throws IOException, InterruptedException {
        String id = http.admin("/tenants").getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(tenant -> "Demo company".equals(tenant.getString("name"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo tenant")).getString("id");
        Instant giveUp = Instant.now().plus(CHANGE_LIMIT);
        JsonObject report = http.admin("/tenants/" + id + "/events");
        while (!report.getBoolean("live") || !report.containsKey("endpoint")
                || !"active".equals(report.getJsonObject("endpoint").getString("status"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The demo tenant's events never went live: " + report);
            }
            Thread.sleep(500);
            report = http.admin("/tenants/" + id + "/events");
        }
        return id;
    }

    /** A SCIM read with the demo token; 503s are retried after their Retry-After, as Okta does. */
    private JsonObject scim(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.url("/lucca-okta/api" + path)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.exchange(request);
            if (answer.statusCode() == 503 && attempt < 60) {
                Thread.sleep(1000L * answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L));
                continue;
            }
            return BenchHttp.parse(BenchHttp.expectOk(request, answer));
        }
    }

    /**
     * Lifts the sandbox's 50-calls-a-minute budget, as {@code main} lifts the connector's own: the figures are the
     * connector's lag and its calls, not the waits of a budget that 200 changes in a row would exhaust, and a
     * first full read through Lucca's current API would otherwise take minutes.
     */
    private void liftRateLimit() throws IOException, InterruptedException {
        http.send("PUT", "/lucca-sandbox/sandbox/faults", Json.createObjectBuilder().add("rateLimitPerMinute", UNLIMITED_RATE).build());
    }

    private void clearRequests() throws IOException, InterruptedException {
        http.send("DELETE", "/lucca-sandbox/sandbox/requests", null);
    }

    /** The sandbox's request log since it was last cleared, split into API calls and token calls. */
    private Calls requests() throws IOException, InterruptedException {
        JsonObject byEndpoint = http.get("/lucca-sandbox/sandbox/requests").getJsonObject("byEndpoint");
        long api = 0;
        long tokens = 0;
        for (Map.Entry<String, ?> entry : byEndpoint.entrySet()) {
            long count = byEndpoint.getJsonNumber(entry.getKey()).longValue();
            if (entry.getKey().contains(" /lucca-api/")) {
                api += count;
            } else if (entry.getKey().contains(" /connect/token")) {
                tokens += count;
            }
        }
        return new Calls(api, tokens);
    }
}
