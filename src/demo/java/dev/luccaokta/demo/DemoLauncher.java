package dev.luccaokta.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
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
 * Runs the demo ({@code mvn -B -Pdemo package}): Payara Micro in the foreground with the Lucca sandbox and
 * the connector, the demo tenant from {@code server-config/demo.properties}, then prints where to point
 * Okta (or curl) once the connector is ready. Ctrl+C stops the server.
 */
public final class DemoLauncher {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final Path baseDir;
    private final Path buildDir;
    private final int port;
    private final PrintStream out;

    private DemoLauncher(Path baseDir, Path buildDir, int port, PrintStream out) {
        this.baseDir = baseDir;
        this.buildDir = buildDir;
        this.port = port;
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path baseDir = Path.of(System.getProperty("demo.baseDir", "."));
        Path buildDir = Path.of(System.getProperty("demo.buildDir", "target"));
        int port = Integer.parseInt(System.getProperty("demo.port", "8080"));
        int exit = new DemoLauncher(baseDir, buildDir, port, System.out).run();
        if (exit != 0) {
            throw new IllegalStateException("Payara Micro stopped with exit code " + exit);
        }
    }

    private int run() throws IOException, InterruptedException {
        Properties settings = demoSettings();
        Process server = new ProcessBuilder(command(writeSettings(settings))).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
        if (awaitReady(server)) {
            printBanner(settings);
        }
        return server.waitFor();
    }

    /** The demo properties, with -Dsandbox.employees=N and the port taken from the command line. */
    private Properties demoSettings() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(baseDir.resolve("server-config/demo.properties"))) {
            settings.load(in);
        }
        String employees = System.getProperty("sandbox.employees");
        if (employees != null) {
            settings.setProperty("sandbox.employees", employees);
        }
        settings.setProperty("demo.port", Integer.toString(port));
        return settings;
    }

    private Path writeSettings(Properties settings) throws IOException {
        Path file = Files.createDirectories(buildDir.resolve("demo")).resolve("demo.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            settings.store(out, "Generated from server-config/demo.properties for this demo run");
        }
        return file;
    }

    private List<String> command(Path settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-jar");
        command.add(buildDir.resolve("payara-micro.jar").toString());
        command.addAll(List.of("--deploy", buildDir.resolve("lucca-sandbox.war").toString()));
        command.addAll(List.of("--deploy", buildDir.resolve("lucca-okta.war").toString()));
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster"));
        command.addAll(List.of("--prebootcommandfile", baseDir.resolve("server-config/pre-boot-commands.asadmin").toString()));
        // No --rootdir: a persistent root would also keep and serve the previous run's copies of the WARs.
        command.addAll(List.of("--systemproperties", settings.toString()));
        return command;
    }

    /** Polls the connector's readiness until it answers UP, the server dies, or the time limit passes. */
    private boolean awaitReady(Process server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(local("/health/ready"))).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return true;
                }
            } catch (ConnectException e) {
                // Not listening yet.
            } catch (IOException e) {
                // The listener is up but the applications are still deploying.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private void printBanner(Properties settings) {
        out.println();
        out.println("==============================================================================");
        out.println(" Lucca <-> Okta connector demo is ready");
        out.println("   SCIM base URL   " + local("/lucca-okta/api"));
        out.println("   SCIM API token  " + settings.getProperty("demo.scim.token"));
        out.println("   Lucca sandbox   " + local("/lucca-sandbox") + "  (API key " + settings.getProperty("demo.lucca.apiKey")
                + ", " + settings.getProperty("sandbox.employees") + " employees)");
        out.println("   Health          " + local("/health/ready"));
        out.println(" Press Ctrl+C to stop.");
        out.println("==============================================================================");
        out.println();
    }

    private String local(String path) {
        return "http://localhost:" + port + path;
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            server.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
