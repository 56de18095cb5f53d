package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server with the sandbox and the connector, booted by the first class that needs it and stopped when the run
 * ends, for every class that only talks HTTP (see {@link SharedServerTest}). Payara Micro by default;
 * {@code -Dit.server=wildfly} for the wildfly profile's run.
 *
 * <p>Before each class, what earlier classes left is undone through the sandbox's and the administration API's own
 * calls, so that each class finds the server as if it had just booted: Okta's emulator; the sandbox's data, faults, request log and
 * rate-limit window; the tenants made through the API; the cached snapshots of the tenants the server booted with
 * (each class's first read goes to Lucca); and a Lucca circuit left open by a fault test.
 */
public final class SharedServer implements BeforeAllCallback {

    /** Held by every class on the shared server, so that they run one at a time. */
    static final String LOCK = "shared-server";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Boot.class, key -> Boot.attempt(), Boot.class)
                .server().reset();
    }

    /** The one boot of the run, kept even when it failed: the next classes fail at once instead of booting again. */
    private record Boot(Running running, RuntimeException failure) implements AutoCloseable {

        static Boot attempt() {
            try {
                return new Boot(Running.boot(), null);
            } catch (RuntimeException e) {
                return new Boot(null, e);
            }
        }

        Running server() {
            if (failure != null) {
                throw new IllegalStateException("The shared server did not start: " + failure, failure);
            }
            return running;
        }

        @Override
        public void close() throws Exception {
            if (running != null) {
                running.close();
            }
        }
    }

    /** server-config/test.properties for this run's port. */
    static Properties settings() {
        return TestSettings.forServer(Integer.getInteger("it.port", 18180), 500);
    }

    /** One setting of the shared server. */
    static String setting(String key) {
        return settings().getProperty(key);
    }

    /** The booted server and the tenants it was configured with; closed by JUnit when the run ends. */
    private record Running(AutoCloseable process, Set<String> bootTenants) {

        static Running boot() {
            AutoCloseable process = "wildfly".equals(System.getProperty("it.server")) ? WildFlyServer.start(settings())
                    : payaraMicro();
            try {
                return new Running(process, tenants().stream().map(tenant -> tenant.getString("id")).collect(Collectors.toSet()));
            } catch (RuntimeException e) {
                closeQuietly(process, e);
                throw e;
            }
        }

        void reset() {
            Sandbox.reset();
            OktaSandbox.reset();
            for (JsonObject tenant : tenants()) {
                String id = tenant.getString("id");
                if (bootTenants.contains(id)) {
                    Admin.discardSnapshot(id);
                } else {
                    Http.Answer deleted = Http.delete(Admin.tenants() + "/" + id, Admin.operator());
                    assertThat(deleted.status()).as("deleting tenant %s: %s", id, deleted.body()).isEqualTo(204);
                }
            }
            String status = Admin.tenants() + "/" + bootTenants.iterator().next() + "/status";
            await("Lucca's circuit closed again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !Http.get(status, Admin.operator()).json().getJsonObject("luccaCalls").getBoolean("paused"));
        }

        void close() throws Exception {
            process.close();
        }

        private static void closeQuietly(AutoCloseable process, RuntimeException cause) {
            try {
                process.close();
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }

        private static List<JsonObject> tenants() {
            Http.Answer list = Http.get(Admin.tenants(), Admin.operator());
            if (list.status() != 200) {
                throw new IllegalStateException("The shared server's tenants: " + list.status() + " " + list.body());
            }
            return list.json().getJsonArray("tenants").getValuesAs(JsonObject.class);
        }

        private static LocalServer payaraMicro() {
            int port = Integer.getInteger("it.port", 18180);
            try {
                LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, port, settings(), "512m", false);
                if (!server.awaitReady()) {
                    server.close();
                    throw new IllegalStateException("The shared Payara Micro did not start; its log is in "
                            + BUILD_DIR.resolve("local-server-" + port));
                }
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the shared Payara Micro", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
