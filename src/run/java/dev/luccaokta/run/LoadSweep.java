package dev.luccaokta.run;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sweep mode of {@link LoadBenchmark} ({@code -Dbench.load=true -Dbench.sweep=true}): the SCIM serving path
 * one scenario at a time, each with its own warm-up and measured time and its requests back to back, after the
 * first import. With {@code -Dbench.baselineWar=path/lucca-okta.war} it sweeps a server deploying that connector
 * first, then one deploying this build's, on the same port, with the same sandbox and settings, and compares them;
 * {@code -Dbench.rounds=N} sweeps both in turn N times and compares each scenario's median round.
 *
 * <p>Scenarios: import pages and userName lookups at {@code bench.sweepClients} clients ({@code 1,4,16}); the
 * groups page with and without members, filters and a sort at one client. Each runs {@code bench.sweepWarmupSeconds}
 * (5) unmeasured, then {@code bench.sweepSeconds} (20) measured; a filter or sort sends at least 5 requests and at
 * most {@code bench.filterMaxRequests} (200). The rate is the requests answered divided by the time until the last
 * answer. Heap per employee: the growth of the heap (after a full GC) over the first import, per user listed.
 * With {@code -Dbench.client=wrk} the scenarios bounded by time alone (import pages, lookups, groups) are sent by
 * {@link WrkLoad}, its connections standing for the clients. After each filter and sort, one person's job title is
 * changed in the sandbox and, once SCIM shows it, the scenario's first request is timed again on the new snapshot;
 * with the legacy API ({@code -Dbench.api=v3}) the change arrives by a refresh, so give a short
 * {@code -Dbench.snapshotTtlSeconds}.
 */
final class LoadSweep {

    private static final int MIN_FILTER_REQUESTS = 5;
    /** How many of a scenario's requests wrk is given to send in turn: enough that lookups rarely repeat a userName. */
    private static final int WRK_PATHS = 50_000;
    private static final String ENTERPRISE_EMPLOYEE_NUMBER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";

    /**
     * One measured case: its name, how many clients, the requests each sends (by client number), and how many
     * requests a client sends at least and at most.
     */
    private record Scenario(String name, int clients, IntFunction<Supplier<ScimLoad.Request>> requests,
                            int minRequests, int maxRequests) {

        /** The same path again and again. */
        static Scenario repeated(String name, String path, int minRequests, int maxRequests) {
            return new Scenario(name, 1, client -> () -> new ScimLoad.Request(name, path, false), minRequests, maxRequests);
        }

        String firstPath() {
            return requests.apply(0).get().path();
        }

        /** Bounded by time alone, so that wrk can send it. */
        boolean timed() {
            return minRequests == 0 && maxRequests == Integer.MAX_VALUE;
        }
    }

    /** What a scenario's measured time gave, whichever client sent it. */
    private record Figures(long requests, double perSecond, String p50, String p99, String max, String notOk) {

        static Figures of(List<Sample> samples) {
            SampleSummary summary = SampleSummary.of(samples);
            long lastAnswer = samples.stream().mapToLong(Sample::endNanos).max().orElseThrow();
            return new Figures(summary.requests(), samples.size() / (lastAnswer / 1e9), summary.percentile(0.50),
                    summary.percentile(0.99), summary.max(), summary.notOk());
        }

        static Figures of(WrkLoad.Figures wrk) {
            return new Figures(wrk.requests(), wrk.perSecond(), micros(wrk.p50Micros()), micros(wrk.p99Micros()),
                    micros(wrk.maxMicros()), Long.toString(wrk.errors()));
        }

        private static String micros(long micros) {
            return SampleSummary.millis(TimeUnit.MICROSECONDS.toNanos(micros));
        }
    }

    /**
     * A scenario's figures; {@code totalResults} is that of its first answer (or the status of a failed one).
     *
     * @param firstMillis       the scenario's first request, alone: a filter's or a sort's first on the snapshot
     * @param afterChangeMillis a filter's or a sort's first request again once one person changed in Lucca reached
     *                          the connector (a new snapshot, made from the measured one), or empty
     */
    private record Result(Scenario scenario, Figures figures, String totalResults, long firstMillis,
                          Optional<Long> afterChangeMillis) {

        String afterChange() {
            return afterChangeMillis.map(millis -> String.format("%,d ms", millis)).orElse("–");
        }
    }

    /** One build's sweep. */
    private record Run(Path connectorWar, List<Result> results, long heapPerEmployee) {

        /** Each scenario's result from the round whose rate is the median (the lower of the middle two). */
        static Run median(List<Run> rounds) {
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < rounds.get(0).results().size(); i++) {
                int scenario = i;
                List<Result> sorted = rounds.stream().map(run -> run.results().get(scenario))
                        .sorted(Comparator.comparingDouble(result -> result.figures().perSecond())).toList();
                results.add(sorted.get((sorted.size() - 1) / 2));
            }
            long[] heaps = rounds.stream().mapToLong(Run::heapPerEmployee).sorted().toArray();
            return new Run(rounds.get(0).connectorWar(), results, heaps[(heaps.length - 1) / 2]);
        }
    }

    private final Path baseDir;
    private final Path buildDir;
    private final int port;
    private final int employees;
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.sweepWarmupSeconds", 5));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.sweepSeconds", 20));
    private final int[] clientCounts = Arrays.stream(System.getProperty("bench.sweepClients", "1,4,16").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();
    private final int filterMaxRequests = Integer.getInteger("bench.filterMaxRequests", 200);
    private final Duration changeLimit = Duration.ofSeconds(Integer.getInteger("bench.changeSeconds", 60));
    /** The people changed so far, one per filter or sort, each a different one. */
    private final List<String> changes = new ArrayList<>();
    /** Sends the scenarios bounded by time alone with wrk rather than the JVM's client ({@code java}). */
    private final boolean wrk = System.getProperty("bench.client", "java").equals("wrk");
    /** How many times both builds are swept in turn; each figure compared is the median round's. */
    private final int rounds = Integer.getInteger("bench.rounds", 1);
    /** The scenarios to run by name, all when empty: to look again at a few. */
    private final List<String> only = Arrays.stream(System.getProperty("bench.scenarios", "").split(","))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
    // A year back: the sandbox's users were last modified some time in the last two years, so about half match.
    private final Instant modifiedSince = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    private LoadSweep(Path baseDir, Path buildDir, int port, int employees) {
        this.baseDir = baseDir;
        this.buildDir = buildDir;
        this.port = port;
        this.employees = employees;
    }

    static void run(Path baseDir, Path buildDir, int port, int employees) throws IOException, InterruptedException {
        LoadSweep sweep = new LoadSweep(baseDir, buildDir, port, employees);
        Path current = buildDir.resolve("lucca-okta.war");
        String baselineWar = System.getProperty("bench.baselineWar", "");
        System.out.printf("SCIM load sweep: %,d employees, port %d; per scenario %d s measured after %d s of warm-up, no think time;"
                        + " clients %s; filters %d to %d requests; %s%n", employees, port, sweep.measured.toSeconds(),
                sweep.warmup.toSeconds(), Arrays.toString(sweep.clientCounts), MIN_FILTER_REQUESTS, sweep.filterMaxRequests,
                sweep.wrk ? "import, lookups and groups sent by wrk (one thread, a connection per client), filters by the JVM's client"
                        : "requests sent by the JVM's client (a thread per client)");
        if (baselineWar.isBlank()) {
            sweep.sweep(current);
            return;
        }
        // Relative to the project, wherever Maven was started from.
        Path baseline = baseDir.resolve(baselineWar);
        if (!Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("bench.baselineWar: no file " + baseline);
        }
        List<Run> baselineRuns = new ArrayList<>();
        List<Run> currentRuns = new ArrayList<>();
        for (int round = 1; round <= sweep.rounds; round++) {
            System.out.printf("%nRound %d of %d%n", round, sweep.rounds);
            baselineRuns.add(sweep.sweep(baseline));
            currentRuns.add(sweep.sweep(current));
        }
        printComparison(Run.median(baselineRuns), Run.median(currentRuns));
        if (sweep.rounds > 1) {
            printRounds(baselineRuns, currentRuns);
        }
    }

    /** One server deploying {@code connectorWar}: its heap per employee over the first import, then every scenario. */
    private Run sweep(Path connectorWar) throws IOException, InterruptedException {
        System.out.println();
        System.out.println("Connector " + connectorWar);
        changes.clear();
        try (ScimLoad load = ScimLoad.start(baseDir, buildDir, port, employees, connectorWar)) {
            long heapBefore = load.server().heapAfterFullGc();
            long importStart = System.nanoTime();
            ScimLoad.Directory directory = load.firstImport();
            long importMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - importStart);
            long heapAfter = load.server().heapAfterFullGc();
            long heapPerEmployee = (heapAfter - heapBefore) / directory.userNames().size();
            System.out.printf("First import: %,d users listed in %.1f s; heap after a full GC %,d MB before it, %,d MB after:"
                            + " %,d bytes per employee%n", directory.userNames().size(), importMillis / 1000.0,
                    heapBefore >> 20, heapAfter >> 20, heapPerEmployee);

            Optional<WrkLoad> wrkLoad = wrk ? Optional.of(WrkLoad.forToken(buildDir, load.token())) : Optional.empty();
            List<Scenario> scenarios = scenarios(directory);
            printRequests(scenarios);
            System.out.println();
            System.out.println("| scenario | clients | first | requests | req/s | p50 | p99 | max | errors | totalResults | first after a change |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            List<Result> results = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                Result result = measure(load, wrkLoad, scenario, directory);
                printRow(result);
                results.add(result);
            }
            return new Run(connectorWar, results, heapPerEmployee);
        }
    }

    private static void printRow(Result result) {
        Figures figures = result.figures();
        System.out.printf("| %s | %d | %,d ms | %,d | %.1f | %s | %s | %s | %s | %s | %s |%n", result.scenario().name(),
                result.scenario().clients(), result.firstMillis(), figures.requests(), figures.perSecond(), figures.p50(),
                figures.p99(), figures.max(), figures.notOk(), result.totalResults(), result.afterChange());
    }

    private List<Scenario> scenarios(ScimLoad.Directory directory) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int clients : clientCounts) {
            scenarios.add(new Scenario("import", clients, client -> importPages(directory), 0, Integer.MAX_VALUE));
        }
        for (int clients : clientCounts) {
            scenarios.add(new Scenario("lookup", clients, client -> lookups(client, directory), 0, Integer.MAX_VALUE));
        }
        scenarios.add(Scenario.repeated("groups", ScimLoad.GROUPS_PAGE, 0, Integer.MAX_VALUE));
        scenarios.add(Scenario.repeated("groups-no-members", ScimLoad.GROUPS_PAGE + "&excludedAttributes=members", 0, Integer.MAX_VALUE));
        scenarios.add(filter("familyName-sw", ScimLoad.usersFiltered("name.familyName sw \"D\"") + "&count=" + ScimLoad.PAGE));
        // A fragment of several of the sandbox's job titles (Product Manager, Key Account Manager, Content Manager...).
        scenarios.add(filter("title-co", ScimLoad.usersFiltered("title co \"Manager\"") + "&count=" + ScimLoad.PAGE));
        // The connector sends no externalId; the employee number is the identifier it does not index, so this is
        // the equality filter that scans every user to find one.
        scenarios.add(filter("employeeNumber-eq", ScimLoad.usersFiltered(ENTERPRISE_EMPLOYEE_NUMBER + " eq \""
                + someEmployeeNumber(directory) + "\"")));
        scenarios.add(filter("active-eq", ScimLoad.usersFiltered("active eq true") + "&count=" + ScimLoad.PAGE));
        scenarios.add(filter("lastModified-gt", ScimLoad.usersFiltered("meta.lastModified gt \"" + modifiedSince + "\"")
                + "&count=" + ScimLoad.PAGE));
        scenarios.add(filter("sortBy-familyName", ScimLoad.USERS + "?sortBy=name.familyName&count=" + ScimLoad.PAGE));
        return only.isEmpty() ? scenarios : scenarios.stream().filter(scenario -> only.contains(scenario.name())).toList();
    }

    /** The same one in both builds' sweeps, as both list the same directory. */
    private static String someEmployeeNumber(ScimLoad.Directory directory) {
        if (directory.employeeNumbers().isEmpty()) {
            throw new IllegalStateException("The first import listed no employee number (enterprise extension)");
        }
        return directory.employeeNumbers().get(directory.employeeNumbers().size() / 2);
    }

    private Scenario filter(String name, String path) {
        return Scenario.repeated(name, path, MIN_FILTER_REQUESTS, filterMaxRequests);
    }

    /** A client's import: the whole directory page by page, and again from the first page. */
    private static Supplier<ScimLoad.Request> importPages(ScimLoad.Directory directory) {
        Supplier<String> pages = ScimLoad.importPages(directory.totalResults());
        return () -> new ScimLoad.Request("import", pages.get(), false);
    }

    /** A client's lookups: userNames drawn at random from the first import, each to be found exactly once. */
    private static Supplier<ScimLoad.Request> lookups(int client, ScimLoad.Directory directory) {
        SplittableRandom random = new SplittableRandom(1000L + client);
        return () -> new ScimLoad.Request("lookup", ScimLoad.lookup(directory.randomUserName(random)), true);
    }

    /** What each scenario sends, as its first request (decoded, to be read): the table's names spelled out. */
    private static void printRequests(List<Scenario> scenarios) {
        System.out.println();
        System.out.println("| scenario | first request |");
        System.out.println("|---|---|");
        Map<String, String> firstPaths = new LinkedHashMap<>();
        scenarios.forEach(scenario -> firstPaths.putIfAbsent(scenario.name(),
                URLDecoder.decode(scenario.firstPath(), StandardCharsets.UTF_8)));
        firstPaths.forEach((name, path) -> System.out.printf("| %s | `GET %s` |%n", name, path));
    }

    /**
     * A first request alone (its totalResults shows what the scenario matches), then the warm-up, then the measured
     * requests.
     */
    private Result measure(ScimLoad load, Optional<WrkLoad> wrkLoad, Scenario scenario, ScimLoad.Directory directory)
            throws IOException, InterruptedException {
        long firstStart = System.nanoTime();
        HttpResponse<String> first = load.answer("GET", scenario.firstPath());
        long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstStart);
        String totalResults = first.statusCode() < 300
                ? String.format("%,d", ScimLoad.number(ScimLoad.TOTAL_RESULTS, first.body())) : "HTTP " + first.statusCode();
        if (wrkLoad.isPresent() && scenario.timed()) {
            return new Result(scenario, Figures.of(sentByWrk(load, wrkLoad.get(), scenario)), totalResults, firstMillis,
                    Optional.empty());
        }
        if (!warmup.isZero()) {
            load.drive(scenario.clients(), new ScimLoad.Limits(warmup, 0, scenario.maxRequests()), 0, scenario.requests());
        }
        List<Sample> samples = load.drive(scenario.clients(),
                new ScimLoad.Limits(measured, scenario.minRequests(), scenario.maxRequests()), 0, scenario.requests());
        Optional<Long> afterChange = scenario.timed() ? Optional.empty() : firstAfterAChange(load, scenario, directory);
        return new Result(scenario, Figures.of(samples), totalResults, firstMillis, afterChange);
    }

    /**
     * One person's job title changed in the sandbox; once SCIM shows it (Lucca's event applied, or a refresh), the
     * scenario's first request alone. Empty when the change does not show within {@code bench.changeSeconds} (60).
     */
    private Optional<Long> firstAfterAChange(ScimLoad load, Scenario scenario, ScimLoad.Directory directory)
            throws IOException, InterruptedException {
        // A prime stride: people spread over the directory, the same ones in each build's sweep.
        String id = directory.ids().get(changes.size() * 7919 % directory.ids().size());
        String title = "Benchmark change " + (changes.size() + 1);
        changes.add(id);
        load.changeJobTitleInLucca(id, title);
        if (!load.awaitTitle(id, title, changeLimit)) {
            System.out.printf("(%s: the change of user %s did not show within %d s)%n", scenario.name(), id,
                    changeLimit.toSeconds());
            return Optional.empty();
        }
        long start = System.nanoTime();
        load.answer("GET", scenario.firstPath());
        return Optional.of(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** The warm-up, then the measured time, each a run of wrk over the paths the scenario's first client would send. */
    private WrkLoad.Figures sentByWrk(ScimLoad load, WrkLoad wrkLoad, Scenario scenario) throws IOException, InterruptedException {
        Supplier<ScimLoad.Request> requests = scenario.requests().apply(0);
        List<ScimLoad.Request> sent = Stream.generate(requests).limit(WRK_PATHS).toList();
        List<String> paths = sent.stream().map(ScimLoad.Request::path).toList();
        boolean expectsOne = sent.get(0).expectsOne();
        String baseUrl = load.server().url("/");
        if (!warmup.isZero()) {
            wrkLoad.run(baseUrl, paths, expectsOne, scenario.clients(), warmup);
        }
        return wrkLoad.run(baseUrl, paths, expectsOne, scenario.clients(), measured);
    }

    /** Each round's rates, to show how much the median was chosen from. */
    private static void printRounds(List<Run> baseline, List<Run> current) {
        System.out.println();
        System.out.println("| scenario | clients | baseline req/s by round | current req/s by round |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i < current.get(0).results().size(); i++) {
            Scenario scenario = current.get(0).results().get(i).scenario();
            System.out.printf("| %s | %d | %s | %s |%n", scenario.name(), scenario.clients(), rates(baseline, i), rates(current, i));
        }
    }

    private static String rates(List<Run> runs, int scenario) {
        return runs.stream().map(run -> String.format("%,.1f", run.results().get(scenario).figures().perSecond()))
                .collect(Collectors.joining(", "));
    }

    /** Both builds' figures side by side; the scenarios are the same, in the same order. */
    private static void printComparison(Run baseline, Run current) {
        System.out.println();
        System.out.println("Baseline " + baseline.connectorWar() + ", current " + current.connectorWar());
        System.out.println();
        System.out.println("| scenario | clients | baseline req/s | current req/s | current / baseline | baseline p99 | current p99"
                + " | baseline first | current first | baseline first after a change | current first after a change |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < current.results().size(); i++) {
            Result before = baseline.results().get(i);
            Result after = current.results().get(i);
            System.out.printf("| %s | %d | %.1f | %.1f | %.2f | %s | %s | %,d ms | %,d ms | %s | %s |%n", after.scenario().name(),
                    after.scenario().clients(), before.figures().perSecond(), after.figures().perSecond(),
                    after.figures().perSecond() / before.figures().perSecond(), before.figures().p99(), after.figures().p99(),
                    before.firstMillis(), after.firstMillis(), before.afterChange(), after.afterChange());
        }
        System.out.println();
        System.out.println("| | baseline | current | current / baseline |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| heap per employee | %,d bytes | %,d bytes | %.2f |%n", baseline.heapPerEmployee(),
                current.heapPerEmployee(), current.heapPerEmployee() / (double) baseline.heapPerEmployee());
    }
}
