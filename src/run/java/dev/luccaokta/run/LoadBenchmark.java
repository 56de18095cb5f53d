package dev.luccaokta.run;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sustained SCIM load benchmark ({@code mvn -B -Pbench verify -Dbench.load=true}): starts the stack with the
 * demo settings, imports once as Okta does to build the tenant's snapshot (and to learn real userNames and ids),
 * then lets N concurrent virtual clients send an Okta-like mix of SCIM reads back to back for a fixed time, and
 * prints, per kind of request and overall, the count, throughput, latency percentiles and errors, plus the Lucca
 * calls the load caused (from the sandbox's request log) and a timeline to show latency spikes.
 *
 * <p>Settings (system properties): {@code bench.loadEmployees} (10000), {@code bench.clients} (16),
 * {@code bench.loadSeconds} (180), {@code bench.warmupSeconds} (15, same mix, not counted),
 * {@code bench.thinkMillis} (0, pause between a client's requests), {@code bench.mix} (weights of import page,
 * userName lookup, user by id, groups, ServiceProviderConfig: {@code 40,35,20,4,1}), {@code bench.loadPort}
 * (18390).
 *
 * <p>An answer counts as an error unless it is 2xx or 304; a 503 carrying {@code Retry-After} counts as
 * throttled instead, and the client waits as asked before its next request, as Okta does. A userName lookup that
 * does not find exactly one user counts as an error ("wrong result") even when it is a 200. The first client
 * timeouts and the end of the run (when no request should be in progress) leave server thread dumps beside the
 * server log, and the report counts the server threads still inside a request.
 */
public final class LoadBenchmark {

    private static final Pattern TOTAL_RESULTS = Pattern.compile("\"totalResults\"\\s*:\\s*(\\d+)");
    private static final Pattern REQUEST_TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern LOG_PROBLEM = Pattern.compile("\\[(SEVERE|WARNING)]");
    private static final int PAGE = 100;
    private static final Duration TIMELINE_STEP = Duration.ofSeconds(10);
    private static final String OK = "ok";
    private static final String THROTTLED = "throttled";

    /** The kinds of request Okta sends to a SCIM app that imports users and groups. */
    enum Kind {
        IMPORT_PAGE("`GET /Users?startIndex=…&count=100`"),
        LOOKUP("`GET /Users?filter=userName eq \"…\"`"),
        USER_BY_ID("`GET /Users/{id}`"),
        GROUPS("`GET /Groups?startIndex=1&count=100`"),
        SERVICE_PROVIDER_CONFIG("`GET /ServiceProviderConfig`");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One request: what, when it started (ns after the phase began), how long it took, how it ended. */
    private record Sample(Kind kind, long startNanos, long latencyNanos, String outcome, String path) {
    }

    // HTTP/1.1 as Okta speaks it; no h2c upgrade. One client, one connection pool, as one Okta org.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final int MAX_DUMPS = 3;

    private final LocalServer server;
    private final String token;
    private final Path dumpDir;
    private final AtomicInteger dumps = new AtomicInteger();
    private final List<String> userNames = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private int totalUsers;

    private LoadBenchmark(LocalServer server, String token, Path dumpDir) {
        this.server = server;
        this.token = token;
        this.dumpDir = dumpDir;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (!Boolean.parseBoolean(System.getProperty("bench.load", "true"))) {
            System.out.println("Sustained SCIM load benchmark not requested (-Dbench.load=true runs it).");
            return;
        }
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.getInteger("bench.loadPort", 18390);
        int employees = Integer.getInteger("bench.loadEmployees", 10_000);
        int clients = Integer.getInteger("bench.clients", 16);
        Duration load = Duration.ofSeconds(Integer.getInteger("bench.loadSeconds", 180));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
        long thinkMillis = Long.getLong("bench.thinkMillis", 0);
        int[] weights = Arrays.stream(System.getProperty("bench.mix", "40,35,20,4,1").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        if (weights.length != Kind.values().length) {
            throw new IllegalArgumentException("bench.mix needs " + Kind.values().length + " weights: " + Arrays.toString(Kind.values()));
        }

        System.setProperty("sandbox.employees", Integer.toString(employees));
        Properties settings = DemoLauncher.settings(baseDir, port);
        Path log = buildDir.resolve("local-server-" + port).resolve("server.log");
        try (LocalServer server = LocalServer.start(baseDir, buildDir, port, settings, "3g", false)) {
            if (!server.awaitReady()) {
                throw new IllegalStateException("The server did not start; see " + log);
            }
            try (var old = Files.newDirectoryStream(log.getParent(), "*-threads*.txt")) {
                for (Path dump : old) {
                    Files.delete(dump);
                }
            }
            LoadBenchmark bench = new LoadBenchmark(server, settings.getProperty("demo.scim.token"), log.getParent());
            System.out.printf("Sustained SCIM load: %,d employees, %d clients, %d s measured after %d s of warm-up, think time %d ms, mix %s%n",
                    employees, clients, load.toSeconds(), warmup.toSeconds(), thinkMillis, Arrays.toString(weights));

            bench.send("DELETE", server.url("/lucca-sandbox/sandbox/requests"));
            long coldStart = System.nanoTime();
            bench.firstImport();
            long coldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - coldStart);
            String coldCalls = bench.send("GET", server.url("/lucca-sandbox/sandbox/requests"));
            System.out.printf("First import (cold, builds the snapshot): %,d users listed in %.1f s, %d Lucca calls%n",
                    bench.totalUsers, coldMillis / 1000.0, number(REQUEST_TOTAL, coldCalls));

            bench.send("DELETE", server.url("/lucca-sandbox/sandbox/requests"));
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            if (!warmup.isZero()) {
                bench.drive(clients, warmup, thinkMillis, weights);
            }
            List<Sample> samples = bench.drive(clients, load, thinkMillis, weights);
            long lastAnswer = samples.stream().mapToLong(s -> s.startNanos() + s.latencyNanos()).max().orElse(0);
            String calls = bench.send("GET", server.url("/lucca-sandbox/sandbox/requests"));

            printResults(samples, load.toNanos());
            printTimeline(samples);
            System.out.println();
            System.out.println("Lucca calls during warm-up and load: " + number(REQUEST_TOTAL, calls) + "  " + calls.strip());
            printFailures(samples, log.getParent());
            bench.printThreadsStillInRequests();
            printServerLogProblems(log, logStart);
            System.out.printf("Throughput: requests started in the %d s measured, divided by %d s; the last answer came %.1f s after the start%n",
                    load.toSeconds(), load.toSeconds(), lastAnswer / 1e9);
        }
    }

    /** A whole Okta-style import, retrying the first build's 503; keeps the userNames and ids it lists. */
    private void firstImport() throws IOException, InterruptedException {
        int total = Integer.MAX_VALUE;
        for (int startIndex = 1; startIndex <= total; startIndex += PAGE) {
            String page = send("GET", server.url("/lucca-okta/api/Users?startIndex=" + startIndex + "&count=" + PAGE));
            try (JsonReader reader = Json.createReader(new StringReader(page))) {
                JsonObject list = reader.readObject();
                total = list.getInt("totalResults");
                for (JsonValue resource : list.getJsonArray("Resources")) {
                    userNames.add(resource.asJsonObject().getString("userName"));
                    ids.add(resource.asJsonObject().getString("id"));
                }
            }
        }
        totalUsers = total;
        if (userNames.isEmpty()) {
            throw new IllegalStateException("The first import listed nobody");
        }
    }

    /** Runs the mix on {@code clients} threads until {@code duration} has passed; returns every request made. */
    private List<Sample> drive(int clients, Duration duration, long thinkMillis, int[] weights) throws InterruptedException {
        long phaseStart = System.nanoTime();
        long deadline = phaseStart + duration.toNanos();
        List<List<Sample>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Sample> samples = new ArrayList<>();
            perClient.add(samples);
            SplittableRandom random = new SplittableRandom(1000L + c);
            Thread thread = new Thread(() -> clientLoop(samples, random, phaseStart, deadline, thinkMillis, weights), "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return perClient.stream().flatMap(List::stream).toList();
    }

    private void clientLoop(List<Sample> samples, SplittableRandom random, long phaseStart, long deadline,
                            long thinkMillis, int[] weights) {
        int weightSum = Arrays.stream(weights).sum();
        int importIndex = 1;
        while (System.nanoTime() < deadline) {
            Kind kind = pick(random.nextInt(weightSum), weights);
            String path;
            Predicate<String> check = body -> true;
            switch (kind) {
                case IMPORT_PAGE -> {
                    path = "/lucca-okta/api/Users?startIndex=" + importIndex + "&count=" + PAGE;
                    importIndex = importIndex + PAGE > totalUsers ? 1 : importIndex + PAGE;
                }
                case LOOKUP -> {
                    String filter = "userName eq \"" + userNames.get(random.nextInt(userNames.size())) + "\"";
                    path = "/lucca-okta/api/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
                    check = body -> {
                        Matcher total = TOTAL_RESULTS.matcher(body);
                        return total.find() && total.group(1).equals("1");
                    };
                }
                case USER_BY_ID -> path = "/lucca-okta/api/Users/" + ids.get(random.nextInt(ids.size()));
                case GROUPS -> path = "/lucca-okta/api/Groups?startIndex=1&count=" + PAGE;
                default -> path = "/lucca-okta/api/ServiceProviderConfig";
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/scim+json").GET().build();
            long start = System.nanoTime();
            String outcome;
            long pause = thinkMillis;
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = answer.statusCode();
                if ((status >= 200 && status < 300) || status == 304) {
                    outcome = kind == Kind.LOOKUP && !check.test(new String(answer.body(), StandardCharsets.UTF_8)) ? "wrong result" : OK;
                } else if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                    outcome = THROTTLED;
                    pause = Math.max(pause, 1000L * Long.parseLong(answer.headers().firstValue("Retry-After").get().strip()));
                } else {
                    outcome = Integer.toString(status);
                }
            } catch (HttpTimeoutException e) {
                outcome = "timeout";
            } catch (IOException e) {
                outcome = "I/O error";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long end = System.nanoTime();
            samples.add(new Sample(kind, start - phaseStart, end - start, outcome, outcome.equals(OK) ? null : path));
            if (outcome.equals("timeout")) {
                dumpServerThreads();
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - end);
            if (pause > 0 && left > 0) {
                try {
                    Thread.sleep(Math.min(pause, left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Every client has stopped, so no request should still be in progress on the server: any thread inside a
     * servlet now is stuck. Counts them, by where they wait, from a thread dump kept beside the server log.
     */
    private void printThreadsStillInRequests() throws IOException, InterruptedException {
        Thread.sleep(2000);
        Path dump = dumpDir.resolve("after-load-threads.txt");
        String threads = server.jcmd("Thread.print");
        Files.writeString(dump, threads);
        Map<String, Integer> stuck = new TreeMap<>();
        for (String thread : threads.split("\\n\\s*\\n")) {
            if (thread.contains("StandardWrapper.service")) {
                String where = thread.lines().map(String::strip).filter(line -> line.startsWith("at "))
                        .filter(line -> !line.startsWith("at java.")).findFirst().orElse("?");
                stuck.merge(where, 1, Integer::sum);
            }
        }
        System.out.println("Server threads still inside a request 2 s after the load stopped: "
                + stuck.values().stream().mapToInt(Integer::intValue).sum() + (stuck.isEmpty() ? "" : " (" + dump + ")"));
        stuck.forEach((where, count) -> System.out.println("  " + count + " × " + where));
    }

    /** The server's threads when a request timed out (the first few times): what, if anything, it was still doing. */
    private void dumpServerThreads() {
        int n = dumps.incrementAndGet();
        if (n > MAX_DUMPS) {
            return;
        }
        Path dump = dumpDir.resolve("timeout-threads-" + n + ".txt");
        try {
            Files.writeString(dump, server.jcmd("Thread.print"));
        } catch (IOException e) {
            System.out.println("Could not dump the server's threads: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Kind pick(int draw, int[] weights) {
        for (int i = 0; i < weights.length; i++) {
            if (draw < weights[i]) {
                return Kind.values()[i];
            }
            draw -= weights[i];
        }
        throw new IllegalStateException();
    }

    private static void printResults(List<Sample> samples, long elapsedNanos) {
        System.out.println();
        System.out.println("| request | requests | req/s | p50 | p95 | p99 | max | errors | throttled (503 + Retry-After) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Map<Kind, List<Sample>> byKind = new EnumMap<>(Kind.class);
        for (Sample sample : samples) {
            byKind.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample);
        }
        for (Map.Entry<Kind, List<Sample>> entry : byKind.entrySet()) {
            System.out.println(row(entry.getKey().label, entry.getValue(), elapsedNanos));
        }
        System.out.println(row("**all**", samples, elapsedNanos));
    }

    private static String row(String label, List<Sample> samples, long elapsedNanos) {
        long[] latencies = samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
        Map<String, Long> errors = new TreeMap<>(samples.stream()
                .filter(s -> !s.outcome().equals(OK) && !s.outcome().equals(THROTTLED))
                .collect(Collectors.groupingBy(Sample::outcome, Collectors.counting())));
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        long throttled = samples.stream().filter(s -> s.outcome().equals(THROTTLED)).count();
        String errorText = errorCount == 0 ? "0" : errorCount + " (" + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")";
        return String.format("| %s | %,d | %.1f | %s | %s | %s | %s | %s | %d |", label, latencies.length,
                latencies.length / (elapsedNanos / 1e9), millis(percentile(latencies, 0.50)), millis(percentile(latencies, 0.95)),
                millis(percentile(latencies, 0.99)), millis(latencies.length == 0 ? 0 : latencies[latencies.length - 1]),
                errorText, throttled);
    }

    /** Requests by the 10-second window they started in: where latency spikes and errors happened. */
    private static void printTimeline(List<Sample> samples) {
        Map<Long, List<Sample>> windows = new TreeMap<>(samples.stream()
                .collect(Collectors.groupingBy(s -> s.startNanos() / TIMELINE_STEP.toNanos())));
        System.out.println();
        System.out.println("| seconds | requests | req/s | p50 | p99 | max | slowest | not ok |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Long, List<Sample>> window : windows.entrySet()) {
            List<Sample> list = window.getValue();
            long[] latencies = list.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
            Sample slowest = list.stream().max(Comparator.comparingLong(Sample::latencyNanos)).orElseThrow();
            long notOk = list.stream().filter(s -> !s.outcome().equals(OK)).count();
            long from = window.getKey() * TIMELINE_STEP.toSeconds();
            System.out.printf("| %d–%d | %,d | %.1f | %s | %s | %s | %s | %d |%n", from, from + TIMELINE_STEP.toSeconds(),
                    latencies.length, latencies.length / (double) TIMELINE_STEP.toSeconds(), millis(percentile(latencies, 0.50)),
                    millis(percentile(latencies, 0.99)), millis(latencies[latencies.length - 1]), slowest.kind().name(), notOk);
        }
    }

    /** The requests that did not end well, the first twenty of them: when, what, how long. */
    private static void printFailures(List<Sample> samples, Path dumpDir) {
        List<Sample> failed = samples.stream().filter(s -> !s.outcome().equals(OK))
                .sorted(Comparator.comparingLong(Sample::startNanos)).toList();
        if (failed.isEmpty()) {
            return;
        }
        System.out.println("Requests not answered 2xx/304 (first 20 of " + failed.size() + "):");
        failed.stream().limit(20).forEach(s -> System.out.printf("  at %.1f s, after %s: %s  GET %s%n",
                s.startNanos() / 1e9, millis(s.latencyNanos()), s.outcome(), s.path()));
        if (failed.stream().anyMatch(s -> s.outcome().equals("timeout"))) {
            System.out.println("  (server thread dumps taken at the first timeouts: " + dumpDir.resolve("timeout-threads-N.txt") + ")");
        }
    }

    /** Warnings and errors the server logged while the load ran: the first of each distinct message, and counts. */
    private static void printServerLogProblems(Path log, long from) throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
        Map<String, Integer> problems = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher level = LOG_PROBLEM.matcher(line);
            if (level.find()) {
                String message = line.replaceAll("\\[[^]]*]\\s*", "").strip();
                problems.merge(level.group(1) + " " + (message.length() > 160 ? message.substring(0, 160) + "…" : message), 1, Integer::sum);
            }
        }
        System.out.println("Server log warnings and errors during warm-up and load: "
                + problems.values().stream().mapToInt(Integer::intValue).sum());
        problems.forEach((message, count) -> System.out.println("  " + count + " × " + message));
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format("%.1f ms", ms) : String.format("%,d ms", Math.round(ms));
    }

    /** A request outside the load (set-up, request log); 503s are retried after their Retry-After, as Okta does. */
    private String send(String method, String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (url.contains("/lucca-okta/")) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 503 && attempt < 20) {
                Thread.sleep(1000L * answer.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong).orElse(5L));
                continue;
            }
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }
    }

    private static int number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
