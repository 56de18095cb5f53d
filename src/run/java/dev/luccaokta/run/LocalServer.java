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

/**
 * A Payara Micro on loopback with the Lucca sandbox and the connector as the build produced them, configured
 * from a properties file; used by the demo and the benchmarks.
 */
final class LocalServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

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
    static LocalServer start(Path baseDir, Path buildDir, int port, Properties settings, String heap, boolean inheritOutput)
            throws IOException {
        Path work = Files.createDirectories(buildDir.resolve("local-server-" + port));
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
        command.addAll(List.of("--deploy", buildDir.resolve("lucca-okta.war").toString()));
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster"));
        command.addAll(List.of("--prebootcommandfile", baseDir.resolve("server-config/pre-boot-commands.asadmin").toString()));
        // No --rootdir: a persistent root would also keep and serve the previous run's copies of the WARs.
        command.addAll(List.of("--systemproperties", settingsFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        }
        LocalServer server = new LocalServer(builder.start(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    /** Polls the connector's readiness until it answers UP, the server dies, or the time limit passes. */
    boolean awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/health/ready"))).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet, or still deploying.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    int waitFor() throws InterruptedException {
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
