package dev.luccaokta.run;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Payara Micro on loopback with the Lucca sandbox, Okta's emulator and the connector as the build produced them, configured
 * from a properties file; used by the demo, the benchmarks and the tests that restart a server.
 *
 * <pre>{@code
 * try (LocalServer server = LocalServer.start(baseDir, buildDir, 8080, settings, "1g", true)) {
 *     server.awaitReady();
 * }
 * }</pre>
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;

    private LocalServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server; {@code inheritOutput} shows its log in this console (the demo) or sends it to a file
     * under the build directory (the benchmarks).
     */
    public static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap,
                                    boolean inheritOutput) throws IOException {
        return start(baseDir, buildDir, port, settings, heap, inheritOutput, List.of());
    }

    /** As above, with asadmin commands run before boot after those of {@code server-config/pre-boot-commands.asadmin}. */
    public static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap,
                                    boolean inheritOutput, List<String> preBootCommands) throws IOException {
        return start(baseDir, buildDir, port, settings, heap, inheritOutput, preBootCommands, List.of());
    }

    /**
     * As above, with more arguments for Payara Micro ({@code --addlibs}, {@code --postbootcommandfile}), such as
     * those putting the connector's database on PostgreSQL, or {@code --clustermode} to cluster it with others.
     */
    public static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap,
                                    boolean inheritOutput, List<String> preBootCommands, List<String> arguments)
            throws IOException {
        return start(baseDir, buildDir, port, settings, heap, inheritOutput, preBootCommands, arguments,
                buildDir.resolve("lucca-okta.war"));
    }

    /**
     * As the first, deploying {@code connectorWar} (another build of the connector, to compare it with this one)
     * beside this build's sandbox, so that both builds serve the same data.
     */
    public static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap,
                                    boolean inheritOutput, Path connectorWar) throws IOException {
        return start(baseDir, buildDir, port, settings, heap, inheritOutput, List.of(), List.of(), connectorWar);
    }

    private static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap,
                                     boolean inheritOutput, List<String> preBootCommands, List<String> arguments,
                                     Path connectorWar) throws IOException {
        Path work = Files.createDirectories(buildDir.resolve("local-server-" + port));
        Path preBoot = work.resolve("pre-boot-commands.asadmin");
        List<String> commands = new ArrayList<>(Files.readAllLines(baseDir.resolve("server-config/pre-boot-commands.asadmin")));
        commands.addAll(preBootCommands);
        Files.write(preBoot, commands);
        Path settingsFile = work.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(settingsFile)) {
            settings.store(out, "Generated for this run");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-jar");
        command.add(buildDir.resolve("payara-micro.jar").toString());
        command.addAll(List.of("--deploy", buildDir.resolve("lucca-sandbox.war").toString()));
        command.addAll(List.of("--deploy", buildDir.resolve("okta-sandbox.war").toString()));
        command.addAll(List.of("--deploy", connectorWar.toString()));
        command.addAll(List.of("--port", Integer.toString(port)));
        if (!arguments.contains("--clustermode")) {
            // Alone unless told whom to cluster with, and then without a data grid at all: a single instance
            // (connector.cluster=none) uses none, and starting one costs every boot seconds of CPU.
            command.add("--nohazelcast");
        }
        command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        // No --rootdir: a persistent root would also keep and serve the previous run's copies of the WARs.
        command.addAll(List.of("--systemproperties", settingsFile.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        }
        LocalServer server = new LocalServer(builder.start(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    /**
     * Payara Micro arguments that cluster {@code members} servers on loopback over their data grid, on ports
     * {@code gridPort} and up, under a cluster name no other run uses.
     */
    public static List<String> clusterArguments(String clusterName, int gridPort, int members) {
        List<String> addresses = new ArrayList<>();
        for (int member = 0; member < members; member++) {
            addresses.add("127.0.0.1:" + (gridPort + member));
        }
        return List.of("--clustermode", "tcpip:" + String.join(",", addresses), "--startport", Integer.toString(gridPort),
                "--interfaces", "127.0.0.1", "--clustername", clusterName);
    }

    /**
     * Polls until the connector's readiness answers UP (its {@code serving} check opens only once the WAR serves),
     * the server dies, or the time limit passes.
     */
    public boolean awaitReady() throws InterruptedException {
        // HTTP/1.1: the default h2c upgrade once left a poll waiting past its timeout on a server that answered.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = get(http, "/health/ready");
                // Before the connector registers its checks, the server answers UP with none.
                if (ready.statusCode() == 200 && ready.body().contains("\"serving\"")) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet, or still deploying.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** One poll: its own 5-s timeout, and given up after 6 s should the client not honour it. */
    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(6, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            throw new IOException("No answer from " + request.uri(), e);
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Heap in use right after a full collection, read with jcmd from the server process. */
    public long heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap usage");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** What a jcmd diagnostic command ({@code Thread.print}, {@code GC.run}...) prints about the server process. */
    String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        return output;
    }

    /** Sends the server SIGTERM, as an orchestrator does, without waiting for it to stop. */
    public void terminate() {
        process.destroy();
    }

    /** Kills the server with SIGKILL, as a crash or an out-of-memory killer would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
