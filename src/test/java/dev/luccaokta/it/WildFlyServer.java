package dev.luccaokta.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The wildfly profile's WildFly (unpacked under target/, the two WARs copied into its deployments folder by the
 * build), started with {@code standalone-microprofile.xml}, the test settings as system properties and every port
 * moved by {@code wildfly.portOffset}; ready once the connector's readiness, on the management port, says it serves.
 */
final class WildFlyServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final List<String> WARS = List.of("lucca-sandbox.war", "lucca-okta.war");

    private final Process process;

    private WildFlyServer(Process process) {
        this.process = process;
    }

    static WildFlyServer start(Properties settings) {
        String unpacked = System.getProperty("wildfly.home");
        if (unpacked == null) {
            throw new IllegalStateException("-Dit.server=wildfly needs the WildFly the wildfly profile unpacks (-Pwildfly)");
        }
        Path home = Path.of(unpacked);
        Path deployments = home.resolve("standalone/deployments");
        try {
            for (String war : WARS) {
                for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
                    Files.deleteIfExists(deployments.resolve(war + marker));
                }
            }
            Path settingsFile = home.resolve("standalone/configuration/it.properties");
            try (OutputStream out = Files.newOutputStream(settingsFile)) {
                settings.store(out, "Generated for this run");
            }
            List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/standalone.sh").toString(),
                    "-c", "standalone-microprofile.xml", "-P", settingsFile.toString(),
                    "-Djboss.socket.binding.port-offset=" + System.getProperty("wildfly.portOffset")));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("standalone/log/it-console.log").toFile());
            // The script then forwards SIGTERM to the server instead of leaving it running.
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            WildFlyServer server = new WildFlyServer(builder.start());
            server.awaitReady(deployments);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start WildFly from " + home, e);
        }
    }

    private void awaitReady(Path deployments) {
        String readiness = "http://127.0.0.1:" + System.getProperty("it.managementPort") + "/health/ready";
        try {
            await("WildFly's readiness").atMost(STARTUP_LIMIT).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                    .until(() -> {
                        checkAlive(deployments);
                        Http.Answer ready = Http.get(readiness);
                        // Before the connector registers its checks, the server answers UP with none.
                        return ready.status() == 200 && ready.body().contains("\"serving\"");
                    });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void checkAlive(Path deployments) {
        if (!process.isAlive()) {
            throw new IllegalStateException("WildFly stopped while booting; its log is in " + deployments.resolveSibling("log"));
        }
        for (String war : WARS) {
            if (Files.exists(deployments.resolve(war + ".failed"))) {
                throw new IllegalStateException("WildFly could not deploy " + war + "; see " + deployments.resolve(war + ".failed"));
            }
        }
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
