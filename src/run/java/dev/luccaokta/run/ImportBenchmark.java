package dev.luccaokta.run;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import benchmark ({@code mvn -B -Pbench verify}): for each sandbox size, starts the stack, runs a full
 * Okta-style import (pages of 100, retrying 503 after its Retry-After as Okta does) from a cold cache and,
 * after one import to warm the JIT, again warm, and prints Lucca calls, wall times, warm page latencies and the heap one snapshot holds per
 * employee. That last figure is the growth of the heap (after a full GC) when a second tenant with the same
 * Lucca imports once everything else is warm, so it counts one snapshot and nothing of the server's warm-up.
 * {@code -Dbench.api=v3} reads the demo tenant's selection with an API key instead of its OAuth client;
 * {@code -Dbench.coldOnly=true} prints the cold figures alone.
 */
public final class ImportBenchmark {

    private static final Pattern TOTAL_RESULTS = Pattern.compile("\"totalResults\"\\s*:\\s*(\\d+)");
    private static final Pattern REQUEST_TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern PUBLISHED = Pattern.compile("published to the cluster: (\\d+) bytes in (\\d+) ms");
    private static final Pattern RECEIVED = Pattern.compile("received from the cluster: (\\d+) bytes in (\\d+) ms");
    private static final int PAGE = 100;
    private static final int CHANGED_USER = 20;

    // HTTP/1.1 as Okta speaks it; no h2c upgrade on the first request.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SECOND_TENANT = "second";

    private final LocalServer server;
    private final Properties settings;

    private ImportBenchmark(LocalServer server, Properties settings) {
        this.server = server;
        this.settings = settings;
    }

    /** One import's figures. */
    private record Run(long luccaCalls, Duration wallTime, int users, List<Long> pageMillis) {

        long percentile(double p) {
            long[] sorted = pageMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (Boolean.getBoolean("bench.push")) {
            System.out.println("Import benchmark skipped: the push benchmark runs instead (-Dbench.push=true).");
            return;
        }
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.parseInt(System.getProperty("bench.port", "18380"));
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.employees", "10000,50000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        if (Boolean.getBoolean("bench.cluster")) {
            measureClusters(baseDir, buildDir, port, sizes);
            return;
        }
        System.out.println("| employees | listed | cold calls | cold import | warm calls | warm import | warm page p50 | warm page p99 | snapshot heap / employee | incremental refresh calls |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int employees : sizes) {
            System.setProperty("sandbox.employees", Integer.toString(employees));
            Properties settings = withSecondTenant(DemoLauncher.onApi(DemoLauncher.settings(baseDir, port)));
            try (LocalServer server = LocalServer.start(baseDir, buildDir, port, settings, "3g", false)) {
                if (!server.awaitReady()) {
                    throw new IllegalStateException("The server did not start; see " + buildDir + "/local-server-" + port);
                }
                new ImportBenchmark(server, settings).measure(employees);
            }
        }
    }

    /**
     * Two instances clustered over their data grid on one database (an H2 file the first serves to the second): a
     * cold import through the first, then the same import through the second, and what the snapshot cost to share.
     */
    private static void measureClusters(Path baseDir, Path buildDir, int port, List<Integer> sizes)
            throws IOException, InterruptedException {
        System.out.println("| employees | import via first: Lucca calls | time | then via second: Lucca calls | time | shared snapshot | published in | received in |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        int secondPort = port + 1;
        for (int employees : sizes) {
            System.setProperty("sandbox.employees", Integer.toString(employees));
            Properties settings = DemoLauncher.demoTenantAlone(DemoLauncher.settings(baseDir, port));
            settings.setProperty("connector.cluster", "jcache");
            // Instances on one database seal Lucca keys with one key.
            byte[] secretKey = new byte[32];
            new SecureRandom().nextBytes(secretKey);
            settings.setProperty("connector.secretKey", Base64.getEncoder().encodeToString(secretKey));
            Path database = buildDir.resolve("bench-cluster").toAbsolutePath();
            deleteTree(database);
            List<String> preBoot = List.of("set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:"
                    + database.resolve("connector") + ";AUTO_SERVER=TRUE");
            List<String> cluster = LocalServer.clusterArguments("lucca-okta-bench-" + port, port + 1000, 2);
            Properties secondSettings = (Properties) settings.clone();
            secondSettings.remove("demo.tenants");
            secondSettings.remove("demo.adminAccounts");
            try (LocalServer first = LocalServer.start(baseDir, buildDir, port, settings, "3g", false, preBoot, cluster);
                 LocalServer second = startWhenReady(first, baseDir, buildDir, secondPort, secondSettings, preBoot, cluster)) {
                if (!second.awaitReady()) {
                    throw new IllegalStateException("The second server did not start; see " + buildDir + "/local-server-" + secondPort);
                }
                ImportBenchmark bench = new ImportBenchmark(first, settings);
                String token = settings.getProperty("demo.scim.token");
                Run viaFirst = bench.importAll(first, token);
                Run viaSecond = bench.importAll(second, token);
                long[] published = lastLogged(PUBLISHED, buildDir.resolve("local-server-" + port + "/server.log"));
                long[] received = lastLogged(RECEIVED, buildDir.resolve("local-server-" + secondPort + "/server.log"));
                System.out.printf("| %,d | %d | %.1f s | %d | %.1f s | %,d bytes / employee | %d ms | %d ms |%n", employees,
                        viaFirst.luccaCalls(), seconds(viaFirst.wallTime()), viaSecond.luccaCalls(), seconds(viaSecond.wallTime()),
                        published[0] / Math.max(1, viaFirst.users()), published[1], received[1]);
            }
        }
    }

    /** The second server of a cluster, started once the first (which creates the schema and tenants) is ready. */
    private static LocalServer startWhenReady(LocalServer first, Path baseDir, Path buildDir, int port, Properties settings,
                                              List<String> preBoot, List<String> cluster) throws IOException, InterruptedException {
        if (!first.awaitReady()) {
            throw new IllegalStateException("The first server of the cluster did not start; see its log under " + buildDir);
        }
        return LocalServer.start(baseDir, buildDir, port, settings, "3g", false, preBoot, cluster);
    }

    /** Bytes and milliseconds of the last log line {@code pattern} matches. */
    private static long[] lastLogged(Pattern pattern, Path log) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        long[] last = null;
        while (matcher.find()) {
            last = new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
        }
        if (last == null) {
            throw new IllegalStateException("No " + pattern + " in " + log);
        }
        return last;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The demo tenant's settings again under another name and token: same Lucca, its own snapshot. */
    private static Properties withSecondTenant(Properties settings) {
        for (String key : settings.stringPropertyNames()) {
            if (key.startsWith("demo.") && !key.equals("demo.tenants") && !key.equals("demo.port")) {
                settings.setProperty(SECOND_TENANT + key.substring("demo".length()), settings.getProperty(key));
            }
        }
        settings.setProperty(SECOND_TENANT + ".scim.token", settings.getProperty("demo.scim.token") + "-" + SECOND_TENANT);
        // A short TTL for the second tenant, to watch an incremental refresh (begun at 80 % of it) without waiting long.
        settings.setProperty(SECOND_TENANT + ".tenant.snapshotTtlSeconds", "60");
        settings.setProperty("demo.tenants", "demo," + SECOND_TENANT);
        return settings;
    }

    private void measure(int employees) throws IOException, InterruptedException {
        Run cold = importAll(settings.getProperty("demo.scim.token"));
        if (Boolean.getBoolean("bench.coldOnly")) {
            System.out.printf("| %,d | %,d | %d | %.1f s | | | | | | |%n", employees, cold.users(), cold.luccaCalls(),
                    seconds(cold.wallTime()));
            return;
        }
        // One import to let the JIT compile the serving path; the next one is the warm figure.
        importAll(settings.getProperty("demo.scim.token"));
        Run warm = importAll(settings.getProperty("demo.scim.token"));
        long heapBefore = server.heapAfterFullGc();
        importAll(settings.getProperty(SECOND_TENANT + ".scim.token"));
        long heapAfter = server.heapAfterFullGc();
        long refreshCalls = incrementalRefreshCalls(settings.getProperty(SECOND_TENANT + ".scim.token"));
        System.out.printf("| %,d | %,d | %d | %.1f s | %d | %.1f s | %d ms | %d ms | %,d bytes | %d |%n",
                employees, cold.users(), cold.luccaCalls(), seconds(cold.wallTime()), warm.luccaCalls(),
                seconds(warm.wallTime()), warm.percentile(0.50), warm.percentile(0.99),
                (heapAfter - heapBefore) / Math.max(1, cold.users()), refreshCalls);
    }

    /**
     * Changes one employee in Lucca, then reads them through the tenant until the change shows: the Lucca calls in
     * between are those of the refresh that brought it (begun once 80 % of the tenant's 60 s TTL has passed).
     */
    private long incrementalRefreshCalls(String token) throws IOException, InterruptedException {
        String title = "Benchmarked " + System.nanoTime();
        HttpRequest change = HttpRequest.newBuilder(URI.create(server.url("/lucca-sandbox/api/v3/users/" + CHANGED_USER)))
                .header("Authorization", "lucca application=" + settings.getProperty("demo.writeback.lucca.apiKey"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"jobTitle\":\"" + title + "\"}")).build();
        if (http.send(change, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            throw new IllegalStateException("The sandbox refused to change user " + CHANGED_USER);
        }
        send("DELETE", server.url("/lucca-sandbox/sandbox/requests"), null);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (!send("GET", server.url("/lucca-okta/api/Users/" + CHANGED_USER), token).contains(title)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The change never reached the snapshot");
            }
            Thread.sleep(2000);
        }
        return number(REQUEST_TOTAL, send("GET", server.url("/lucca-sandbox/sandbox/requests"), null));
    }

    private Run importAll(String token) throws IOException, InterruptedException {
        return importAll(server, token);
    }

    /** An import through {@code via}; the Lucca calls counted are those the first server's sandbox received. */
    private Run importAll(LocalServer via, String token) throws IOException, InterruptedException {
        send("DELETE", server.url("/lucca-sandbox/sandbox/requests"), null);
        List<Long> pageMillis = new ArrayList<>();
        Instant start = Instant.now();
        int total = Integer.MAX_VALUE;
        int users = 0;
        for (int startIndex = 1; startIndex <= total; startIndex += PAGE) {
            long began = System.nanoTime();
            String page = send("GET", via.url("/lucca-okta/api/Users?startIndex=" + startIndex + "&count=" + PAGE), token);
            pageMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            total = number(TOTAL_RESULTS, page);
            users += Math.min(PAGE, total - startIndex + 1);
        }
        Duration wall = Duration.between(start, Instant.now());
        long calls = number(REQUEST_TOTAL, send("GET", server.url("/lucca-sandbox/sandbox/requests"), null));
        return new Run(calls, wall, users, pageMillis);
    }

    /** Sends a request (with a SCIM token when given); 503s are retried after their Retry-After, as Okta does. */
    private String send(String method, String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // A cold read of a large directory through Lucca's current API takes many minutes of Lucca's budget.
            if (answer.statusCode() == 503 && attempt < 60) {
                Thread.sleep(1000L * answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L));
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

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
