package dev.luccaokta.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The connector's life on a real Payara Micro as a load balancer and an operator see it, on one server booted for
 * the whole class (its own process on {@code it.restartPort}, like {@link ConfigurationRestartIT}, which runs
 * apart): readiness opens only once the WAR serves; every answer carries its request id, which the server's
 * JSON log repeats; and a SIGTERM turns readiness DOWN at once while the request under way finishes. The
 * tests run in order: the first watches the boot, the last stops the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServers
class ServerLifecycleIT {

    private static final int PORT = Integer.getInteger("it.restartPort", 18280);
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path SERVER_LOG = BUILD_DIR.resolve("local-server-" + PORT).resolve("server.log");
    private static final Path DATABASE = BUILD_DIR.resolve("lifecycle-it").toAbsolutePath();
    private static final String OPTIONS = "{\"leaversGraceDays\":7,\"snapshotTtlSeconds\":600,\"userNameSource\":\"LOGIN\"}";

    private LocalServer server;

    @Test
    @Order(1)
    void readinessOpensOnlyOnceTheConnectorServes() throws IOException {
        server = start();
        List<Integer> whileBooting = new ArrayList<>();
        List<Integer> scimOnceReady = new ArrayList<>();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            int ready = status("/health/ready");
            if (ready != 200) {
                whileBooting.add(ready);
                return false;
            }
            scimOnceReady.add(status("/lucca-okta/api/ServiceProviderConfig"));
            return scimOnceReady.size() >= 20;
        });

        assertThat(whileBooting).as("readiness polled while the server booted").isNotEmpty();
        assertThat(scimOnceReady).as("SCIM's answer (401 without a token) right after readiness said UP").containsOnly(401);
    }

    @Test
    @Order(2)
    void everyAnswerCarriesItsRequestIdAndTheJsonLogRepeatsItWithoutSecrets() throws IOException {
        // The restarted server may still be building the tenant's first snapshot: a write waits for it as Okta would.
        Http.Answer write = Scim.served(() -> Http.send("PATCH", server.url("/lucca-okta/api/Users/10"), "{\"schemas\":"
                + "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                + "\"path\":\"title\",\"value\":\"Buyer\"}]}", "Authorization", "Bearer " + Scim.WRITEBACK_TOKEN,
                "X-Request-Id", "abc"));
        Http.Answer refused = Http.get(server.url("/lucca-okta/api/Users"), "Authorization", "Bearer not-a-token",
                "X-Request-Id", "abc-refused");
        Http.Answer admin = Http.get(server.url("/lucca-okta/admin/api/me"), Admin.as(Admin.PAUL, Admin.PAUL_PASSWORD));
        Http.Answer forged = Http.get(server.url("/lucca-okta/api/Groups"), "X-Request-Id", "a b\" status=200");

        assertThat(write.status()).as(write.body()).isEqualTo(200);
        assertThat(write.header("X-Request-Id")).isEqualTo("abc");
        assertThat(refused.header("X-Request-Id")).isEqualTo("abc-refused");
        assertThat(admin.header("X-Request-Id")).as("one made up when none is given").matches("[0-9a-f-]{36}");
        assertThat(forged.header("X-Request-Id")).as("one made up for an id that is not a plain token").matches("[0-9a-f-]{36}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(connectorLines())
                .anySatisfy(line -> assertThat(line).startsWith("request id=abc ").contains(" method=PATCH",
                        " path=/lucca-okta/api/Users/10", " status=200", " durationMs=", " tenant="))
                .anySatisfy(line -> assertThat(line).startsWith("write id=abc ").contains(" outcome=APPLIED", " user=10"))
                .anySatisfy(line -> assertThat(line).startsWith("request id=abc-refused ").contains(" status=401")
                        .doesNotContain("tenant="))
                .anySatisfy(line -> assertThat(line).startsWith("request id=" + forged.header("X-Request-Id") + " ")
                        .contains(" status=401")));
        assertThat(log()).doesNotContain(Scim.WRITEBACK_TOKEN, "not-a-token", Admin.PAUL_PASSWORD, Sandbox.ALL_KEY,
                Sandbox.FUTURE_KEY, Sandbox.READ_KEY, "Buyer");
    }

    @Test
    @Order(3)
    void aSigtermTurnsReadinessDownAndLetsTheRequestUnderWayFinish() throws Exception {
        String tenant = server.url("/lucca-okta/admin/api/tenants/")
                + Http.get(server.url("/lucca-okta/admin/api/tenants"), Admin.operator()).json().getJsonArray("tenants")
                .getJsonObject(0).getString("id");
        // Taken once before: Payara Micro removes its temporary runtime directory while it stops, so a class
        // loaded for the first time during the drain could be missing.
        assertThat(Http.put(tenant + "/options", OPTIONS, Admin.operator()).status()).isEqualTo(200);
        byte[] body = OPTIONS.getBytes(UTF_8);

        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + tenant.substring(server.url("").length()) + "/options HTTP/1.1\r\nHost: localhost\r\n"
                    + String.join("\r\n", headerLines(Admin.operator())) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(ISO_8859_1));
            out.write(body, 0, body.length / 2);
            out.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> requestsUnderWay() == 1);

            server.terminate();
            await().atMost(Duration.ofSeconds(2)).until(() -> status("/health/ready") != 200);
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), ISO_8859_1)).readLine();

            assertThat(answer).as("the request under way at SIGTERM").isEqualTo("HTTP/1.1 200 OK");
        }
        server.waitFor();
        assertThatThrownBy(() -> new Socket("127.0.0.1", PORT).close()).as("once stopped").isInstanceOf(ConnectException.class);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The test tenants beside the sandbox on this port, the server log as JSON, and the embedded H2 in a file that
     * H2 does not close by itself when the JVM is told to stop (it would, before the drain ends).
     */
    private static LocalServer start() throws IOException {
        Files.deleteIfExists(SERVER_LOG);
        if (Files.exists(DATABASE)) {
            try (Stream<Path> files = Files.walk(DATABASE)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return LocalServer.start(BASE_DIR, BUILD_DIR, PORT, TestSettings.forServer(PORT, 200), "512m", false,
                List.of("set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:" + DATABASE.resolve("connector")
                        + ";DB_CLOSE_ON_EXIT=FALSE"),
                List.of("--logproperties", BASE_DIR.resolve("server-config/logging-json.properties").toString()));
    }

    /** The status of a GET, -1 when the server does not answer. */
    private int status(String path) {
        try {
            return Http.get(server.url(path)).status();
        } catch (UncheckedIOException notListening) {
            return -1;
        }
    }

    /** As the readiness check reports it (Payara writes its data as strings). */
    private int requestsUnderWay() {
        JsonObject serving = Http.get(server.url("/health/ready")).json().getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(check -> "serving".equals(check.getString("name"))).findFirst().orElseThrow();
        return Integer.parseInt(serving.getJsonObject("data").get("requestsUnderWay").toString().replace("\"", ""));
    }

    private static List<String> headerLines(String[] headers) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            lines.add(headers[i] + ": " + headers[i + 1]);
        }
        return lines;
    }

    private static String log() throws IOException {
        return Files.readString(SERVER_LOG, ISO_8859_1);
    }

    /** The connector's own messages, from the JSON records of the server log. */
    private static List<String> connectorLines() throws IOException {
        return Files.readAllLines(SERVER_LOG, UTF_8).stream().filter(line -> line.startsWith("{"))
                .map(Http.Answer::json)
                .filter(record -> record.getString("LoggerName", "").startsWith("dev.luccaokta."))
                .map(record -> record.getString("LogMessage", ""))
                .toList();
    }
}
