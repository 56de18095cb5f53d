package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.luccaokta.run.LocalServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Audit rows older than {@code audit.retention} are deleted by the connector's periodic purge. A server of its own,
 * with a retention of seconds, since the shared server keeps its rows for the tests that read them; on the port of the
 * other classes with servers of their own, which run one after another.
 */
@OwnServers
class AuditRetentionIT {

    private static final int PORT = Integer.getInteger("it.restartPort", 18280);
    private static final Path BASE_DIR = Path.of(System.getProperty("project.basedir", "."));
    private static final Path BUILD_DIR = Path.of(System.getProperty("project.build.directory", "target"));
    private static final String TITLE = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]}";

    @Test
    void auditRowsOlderThanTheRetentionArePurged() throws Exception {
        Properties settings = TestSettings.forServer(PORT, 50);
        settings.setProperty("audit.retention", "PT15S");
        settings.setProperty("audit.purgeIntervalSeconds", "2");
        try (LocalServer server = LocalServer.start(BASE_DIR, BUILD_DIR, PORT, settings, "384m", false)) {
            assertThat(server.awaitReady()).as("server started; log in " + BUILD_DIR.resolve("local-server-" + PORT)).isTrue();
            String readOnly = Http.get(server.url("/lucca-okta/admin/api/tenants"), Admin.operator()).json()
                    .getJsonArray("tenants").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(tenant -> tenant.getString("name").equals("Read-only company")).findFirst().orElseThrow()
                    .getString("id");
            String audit = server.url("/lucca-okta/admin/api/tenants/" + readOnly + "/audit");

            Http.Answer refused = Http.send("PATCH", server.url("/lucca-okta/api/Users/20"), TITLE,
                    "Authorization", "Bearer " + Scim.READ_ONLY_TOKEN);

            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(Http.get(audit, Admin.operator()).json().getInt("total")).as("recorded").isEqualTo(1);
            await("the row purged once past the retention").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Http.get(audit, Admin.operator()).json().getInt("total") == 0);
        }
    }
}
