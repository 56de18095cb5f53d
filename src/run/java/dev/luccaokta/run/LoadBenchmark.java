package dev.luccaokta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
 *
 * <p>{@code -Dbench.sweep=true} measures scenario by scenario instead, and can compare two builds of the connector:
 * see {@link LoadSweep}.
 */
public final class LoadBenchmark {

    private static final Pattern REQUEST_TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern LOG_PROBLEM = Pattern.compile("\\[(SEVERE|WARNING)]");
    private static final Duration TIMELINE_STEP = Duration.ofSeconds(10);

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

    private LoadBenchmark() {
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
        if (Boolean.getBoolean("bench.sweep")) {
            LoadSweep.run(baseDir, buildDir, port, employees);
        } else {
            runMix(baseDir, buildDir, port, employees);
        }
    }

    private static void runMix(Path baseDir, Path buildDir, int port, int employees) throws IOException, InterruptedException {
        int clients = Integer.getInteger("bench.clients", 16);
        Duration load = Duration.ofSeconds(Integer.getInteger("bench.loadSeconds", 180));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
        long thinkMillis = Long.getLong("bench.thinkMillis", 0);
        int[] weights = Arrays.stream(System.getProperty("bench.mix", "40,35,20,4,1").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        if (weights.length != Kind.values().length) {
            throw new IllegalArgumentException("bench.mix needs " + Kind.values().length + " weights: " + Arrays.toString(Kind.values()));
        }

        try (ScimLoad bench = ScimLoad.start(baseDir, buildDir, port, employees, buildDir.resolve("lucca-okta.war"))) {
            Path log = bench.log();
            System.out.printf("Sustained SCIM load: %,d employees, %d clients, %d s measured after %d s of warm-up, think time %d ms, mix %s%n",
                    employees, clients, load.toSeconds(), warmup.toSeconds(), thinkMillis, Arrays.toString(weights));

            bench.send("DELETE", ScimLoad.REQUEST_LOG);
            long coldStart = System.nanoTime();
            ScimLoad.Directory directory = bench.firstImport();
            long coldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - coldStart);
            String coldCalls = bench.send("GET", ScimLoad.REQUEST_LOG);
            System.out.printf("First import (cold, builds the snapshot): %,d users listed in %.1f s, %d Lucca calls%n",
                    directory.totalResults(), coldMillis / 1000.0, ScimLoad.number(REQUEST_TOTAL, coldCalls));

            bench.send("DELETE", ScimLoad.REQUEST_LOG);
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            IntFunction<Supplier<ScimLoad.Request>> mix = client -> mix(client, weights, directory);
            if (!warmup.isZero()) {
                bench.drive(clients, ScimLoad.Limits.timed(warmup), thinkMillis, mix);
            }
            List<Sample> samples = bench.drive(clients, ScimLoad.Limits.timed(load), thinkMillis, mix);
            long lastAnswer = samples.stream().mapToLong(Sample::endNanos).max().orElse(0);
            String calls = bench.send("GET", ScimLoad.REQUEST_LOG);

            printResults(samples, load.toNanos());
            printTimeline(samples);
            System.out.println();
            System.out.println("Lucca calls during warm-up and load: " + ScimLoad.number(REQUEST_TOTAL, calls) + "  " + calls.strip());
            printFailures(samples, log.getParent());
            printThreadsStillInRequests(bench.server(), log.getParent());
            printServerLogProblems(log, logStart);
            System.out.printf("Throughput: requests started in the %d s measured, divided by %d s; the last answer came %.1f s after the start%n",
                    load.toSeconds(), load.toSeconds(), lastAnswer / 1e9);
        }
    }

    /** One client's requests: each drawn at random from the mix, the import pages in order. */
    private static Supplier<ScimLoad.Request> mix(int client, int[] weights, ScimLoad.Directory directory) {
        SplittableRandom random = new SplittableRandom(1000L + client);
        Supplier<String> importPages = ScimLoad.importPages(directory.totalResults());
        int weightSum = Arrays.stream(weights).sum();
        return () -> {
            Kind kind = pick(random.nextInt(weightSum), weights);
            return switch (kind) {
                case IMPORT_PAGE -> new ScimLoad.Request(kind.name(), importPages.get(), false);
                case LOOKUP -> new ScimLoad.Request(kind.name(), ScimLoad.lookup(directory.randomUserName(random)), true);
                case USER_BY_ID -> new ScimLoad.Request(kind.name(), ScimLoad.USERS + "/" + directory.randomId(random), false);
                case GROUPS -> new ScimLoad.Request(kind.name(), ScimLoad.GROUPS_PAGE, false);
                case SERVICE_PROVIDER_CONFIG -> new ScimLoad.Request(kind.name(), "/lucca-okta/api/ServiceProviderConfig", false);
            };
        };
    }

    /**
     * Every client has stopped, so no request should still be in progress on the server: any thread inside a
     * servlet now is stuck. Counts them, by where they wait, from a thread dump kept beside the server log.
     */
    private static void printThreadsStillInRequests(LocalServer server, Path dumpDir) throws IOException, InterruptedException {
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
        for (Kind kind : Kind.values()) {
            List<Sample> ofKind = samples.stream().filter(s -> s.what().equals(kind.name())).toList();
            if (!ofKind.isEmpty()) {
                System.out.println(row(kind.label, ofKind, elapsedNanos));
            }
        }
        System.out.println(row("**all**", samples, elapsedNanos));
    }

    private static String row(String label, List<Sample> samples, long elapsedNanos) {
        SampleSummary summary = SampleSummary.of(samples);
        return String.format("| %s | %,d | %.1f | %s | %s | %s | %s | %s | %d |", label, summary.requests(),
                summary.requests() / (elapsedNanos / 1e9), summary.percentile(0.50), summary.percentile(0.95),
                summary.percentile(0.99), summary.max(), summary.errors(), summary.throttled());
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
            SampleSummary summary = SampleSummary.of(list);
            Sample slowest = list.stream().max(Comparator.comparingLong(Sample::latencyNanos)).orElseThrow();
            long from = window.getKey() * TIMELINE_STEP.toSeconds();
            System.out.printf("| %d–%d | %,d | %.1f | %s | %s | %s | %s | %d |%n", from, from + TIMELINE_STEP.toSeconds(),
                    summary.requests(), summary.requests() / (double) TIMELINE_STEP.toSeconds(), summary.percentile(0.50),
                    summary.percentile(0.99), summary.max(), slowest.what(), summary.notOkCount());
        }
    }

    /** The requests that did not end well, the first twenty of them: when, what, how long. */
    private static void printFailures(List<Sample> samples, Path dumpDir) {
        List<Sample> failed = samples.stream().filter(s -> !s.ok())
                .sorted(Comparator.comparingLong(Sample::startNanos)).toList();
        if (failed.isEmpty()) {
            return;
        }
        System.out.println("Requests not answered 2xx/304 (first 20 of " + failed.size() + "):");
        failed.stream().limit(20).forEach(s -> System.out.printf("  at %.1f s, after %s: %s  GET %s%n",
                s.startNanos() / 1e9, SampleSummary.millis(s.latencyNanos()), s.outcome(), s.path()));
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
}
