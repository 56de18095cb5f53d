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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server with the demo settings, and the virtual Okta clients that load it with SCIM reads: each client,
 * on its own thread, sends its own stream of requests one after another (with a think time or none) through one
 * HTTP/1.1 client, as one Okta org does, and every request is kept as a {@link Sample}. The first client timeouts
 * leave server thread dumps beside the server log. Closing it stops the server.
 */
final class ScimLoad implements AutoCloseable {

    static final int PAGE = 100;
    static final String USERS = "/lucca-okta/api/Users";
    static final String GROUPS_PAGE = "/lucca-okta/api/Groups?startIndex=1&count=" + PAGE;
    static final String REQUEST_LOG = "/lucca-sandbox/sandbox/requests";
    static final Pattern TOTAL_RESULTS = Pattern.compile("\"totalResults\"\\s*:\\s*(\\d+)");
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final int MAX_DUMPS = 3;

    /** One request to send: what it is counted under, its path, and whether it must find exactly one resource. */
    record Request(String what, String path, boolean expectsOne) {
    }

    /**
     * When a client stops: once {@code duration} has passed and it has sent at least {@code minRequests}, or as
     * soon as it has sent {@code maxRequests}.
     */
    record Limits(Duration duration, int minRequests, int maxRequests) {

        static Limits timed(Duration duration) {
            return new Limits(duration, 0, Integer.MAX_VALUE);
        }
    }

    /** What the first import listed: the users' userNames, ids and employee numbers, and the total it announced. */
    record Directory(List<String> userNames, List<String> ids, List<String> employeeNumbers, int totalResults) {

        String randomUserName(SplittableRandom random) {
            return userNames.get(random.nextInt(userNames.size()));
        }

        String randomId(SplittableRandom random) {
            return ids.get(random.nextInt(ids.size()));
        }
    }

    // HTTP/1.1 as Okta speaks it; no h2c upgrade. One client, one connection pool, as one Okta org.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalServer server;
    private final String token;
    private final Path log;
    private final AtomicInteger dumps = new AtomicInteger();

    private ScimLoad(LocalServer server, String token, Path log) {
        this.server = server;
        this.token = token;
        this.log = log;
    }

    /**
     * Starts Payara Micro with the demo settings, a sandbox of {@code employees} employees and {@code connectorWar}
     * as the connector, on {@code port}; returns once the connector serves, with the previous run's thread dumps
     * removed.
     */
    static ScimLoad start(Path baseDir, Path buildDir, int port, int employees, Path connectorWar)
            throws IOException, InterruptedException {
        System.setProperty("sandbox.employees", Integer.toString(employees));
        Properties settings = DemoLauncher.demoTenantAlone(DemoLauncher.onApi(DemoLauncher.settings(baseDir, port)));
        // Refreshed by its TTL rather than Lucca's events: the legacy API has none, and a change must still arrive.
        String ttlSeconds = System.getProperty("bench.snapshotTtlSeconds");
        if (ttlSeconds != null) {
            settings.setProperty("demo.tenant.luccaEvents", "false");
            settings.setProperty("demo.tenant.snapshotTtlSeconds", ttlSeconds);
        }
        Path log = buildDir.resolve("local-server-" + port).resolve("server.log");
        ScimLoad load = new ScimLoad(LocalServer.start(baseDir, buildDir, port, settings, "3g", false, connectorWar),
                settings.getProperty("demo.scim.token"), log);
        if (!load.server.awaitReady()) {
            load.close();
            throw new IllegalStateException("The server did not start; see " + log);
        }
        try (var old = Files.newDirectoryStream(log.getParent(), "*-threads*.txt")) {
            for (Path dump : old) {
                Files.delete(dump);
            }
        }
        return load;
    }

    LocalServer server() {
        return server;
    }

    /** The demo tenant's SCIM token, for a client other than this one. */
    String token() {
        return token;
    }

    Path log() {
        return log;
    }

    /** A whole Okta-style import, retrying the first build's 503; what it listed. */
    Directory firstImport() throws IOException, InterruptedException {
        List<String> userNames = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> employeeNumbers = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int startIndex = 1; startIndex <= total; startIndex += PAGE) {
            String page = send("GET", importPage(startIndex));
            try (JsonReader reader = Json.createReader(new StringReader(page))) {
                JsonObject list = reader.readObject();
                total = list.getInt("totalResults");
                for (JsonValue resource : list.getJsonArray("Resources")) {
                    JsonObject user = resource.asJsonObject();
                    userNames.add(user.getString("userName"));
                    ids.add(user.getString("id"));
                    JsonObject enterprise = user.getJsonObject(ENTERPRISE);
                    if (enterprise != null && enterprise.containsKey("employeeNumber")) {
                        employeeNumbers.add(enterprise.getString("employeeNumber"));
                    }
                }
            }
        }
        if (userNames.isEmpty()) {
            throw new IllegalStateException("The first import listed nobody");
        }
        return new Directory(userNames, ids, employeeNumbers, total);
    }

    static String importPage(int startIndex) {
        return USERS + "?startIndex=" + startIndex + "&count=" + PAGE;
    }

    /** The paths of a whole import's pages, one after another, and again from the first after the last. */
    static Supplier<String> importPages(int totalUsers) {
        return new Supplier<>() {
            private int startIndex = 1;

            @Override
            public String get() {
                String path = importPage(startIndex);
                startIndex = startIndex + PAGE > totalUsers ? 1 : startIndex + PAGE;
                return path;
            }
        };
    }

    static String usersFiltered(String filter) {
        return USERS + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String lookup(String userName) {
        return usersFiltered("userName eq \"" + userName + "\"");
    }

    /**
     * Runs {@code clients} clients, each sending the requests {@code requestsOfClient} gives it for its number,
     * until {@code limits} stop them; returns every request made.
     */
    List<Sample> drive(int clients, Limits limits, long thinkMillis, IntFunction<Supplier<Request>> requestsOfClient)
            throws InterruptedException {
        long phaseStart = System.nanoTime();
        List<List<Sample>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Sample> samples = new ArrayList<>();
            perClient.add(samples);
            Supplier<Request> requests = requestsOfClient.apply(c);
            Thread thread = new Thread(() -> clientLoop(samples, requests, phaseStart, limits, thinkMillis), "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return perClient.stream().flatMap(List::stream).toList();
    }

    private void clientLoop(List<Sample> samples, Supplier<Request> requests, long phaseStart, Limits limits, long thinkMillis) {
        long deadline = phaseStart + limits.duration().toNanos();
        while (samples.size() < limits.maxRequests()
                && (System.nanoTime() < deadline || samples.size() < limits.minRequests())) {
            Request request = requests.get();
            long start = System.nanoTime();
            String outcome;
            long pause = thinkMillis;
            try {
                HttpResponse<byte[]> answer = http.send(scimGet(request.path()), HttpResponse.BodyHandlers.ofByteArray());
                outcome = outcome(request, answer);
                if (outcome.equals(Sample.THROTTLED)) {
                    pause = Math.max(pause, 1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow().strip()));
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
            samples.add(new Sample(request.what(), start - phaseStart, end - start, outcome, outcome.equals(Sample.OK) ? null : request.path()));
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

    private HttpRequest scimGet(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/scim+json").GET().build();
    }

    /** 2xx and 304 are OK (unless a lookup did not find exactly one); 503 with Retry-After is throttling. */
    private static String outcome(Request request, HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        if ((status >= 200 && status < 300) || status == 304) {
            return request.expectsOne() && !findsExactlyOne(new String(answer.body(), StandardCharsets.UTF_8)) ? "wrong result" : Sample.OK;
        }
        if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
            return Sample.THROTTLED;
        }
        return Integer.toString(status);
    }

    private static boolean findsExactlyOne(String body) {
        Matcher total = TOTAL_RESULTS.matcher(body);
        return total.find() && total.group(1).equals("1");
    }

    /** The server's threads when a request timed out (the first few times): what, if anything, it was still doing. */
    private void dumpServerThreads() {
        int n = dumps.incrementAndGet();
        if (n > MAX_DUMPS) {
            return;
        }
        Path dump = log.resolveSibling("timeout-threads-" + n + ".txt");
        try {
            Files.writeString(dump, server.jcmd("Thread.print"));
        } catch (IOException e) {
            System.out.println("Could not dump the server's threads: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A request outside the measured load (set-up, request log, a first look at a scenario's answer); 503s are
     * retried after their Retry-After, as Okta does. Paths under the connector carry the SCIM token.
     */
    HttpResponse<String> answer(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (path.startsWith("/lucca-okta/")) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 503 || attempt >= 20) {
                return answer;
            }
            Thread.sleep(1000L * answer.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong).orElse(5L));
        }
    }

    /** As {@link #answer}, failing unless the answer is 2xx; its body. */
    String send(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = answer(method, path);
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Changes one employee's job title in the sandbox, as someone in HR would in Lucca. */
    void changeJobTitleInLucca(String id, String jobTitle) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("jobTitle", jobTitle).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/lucca-sandbox/sandbox/employees/" + id)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("The sandbox answered " + answer.statusCode() + " to a change: " + answer.body());
        }
    }

    /** Whether SCIM shows the user with this title within {@code limit}, asked every 100 ms. */
    boolean awaitTitle(String id, String title, Duration limit) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(limit);
        String shown = "\"title\":" + Json.createValue(title);
        while (!answer("GET", USERS + "/" + id).body().contains(shown)) {
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    static int number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }

    @Override
    public void close() {
        server.close();
    }
}
