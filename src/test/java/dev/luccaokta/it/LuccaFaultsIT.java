package dev.luccaokta.it;

import static dev.luccaokta.it.Admin.tenants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lucca's bad minutes during Okta-style imports, driven by the sandbox's fault switches: bursts of 5xx, dropped
 * connections, timeouts and 429 storms are ridden out by retries, and Okta receives every employee; while Lucca
 * is down, Okta keeps being served from the last snapshot (the status says it is stale), what no snapshot can
 * serve gets 503 with Retry-After, and the circuit breaker keeps the connector from hammering Lucca. Its pause
 * is shortened to 5 s by server-config/test.properties. Each test imports through a tenant of its own, made
 * through the administration API, so that it starts from a cold cache.
 */
@SharedServerTest
class LuccaFaultsIT {

    private static final String[] PAUL = Admin.operator();
    private static int listed;

    @BeforeAll
    static void countListedEmployees() {
        Sandbox.reset();
        listed = LuccaData.readWith(Sandbox.READ_KEY).listed().size();
    }

    @BeforeEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void aBurstOf503sDuringAColdImportIsRetriedAndOktaGetsEveryone() {
        JsonObject log = assertImportRidesOut("{\"errorStatus\":503,\"errorCount\":2}");
        assertThat(log.getJsonObject("byStatus").getInt("503")).isEqualTo(2);
    }

    @Test
    void droppedConnectionsDuringAColdImportAreRetried() {
        JsonObject log = assertImportRidesOut("{\"resetCount\":3}");
        assertThat(log.getInt("total")).as("six calls for a cold snapshot, plus the three dropped").isGreaterThanOrEqualTo(9);
    }

    @Test
    void luccasTimeoutsAreRetried() {
        JsonObject log = assertImportRidesOut("{\"timeoutCount\":2,\"timeoutMillis\":800}");
        assertThat(log.getJsonObject("byStatus").getInt("408")).isEqualTo(2);
    }

    @Test
    void aStormOf429sIsWaitedOutAsRetryAfterSays() {
        JsonObject log = assertImportRidesOut("{\"rateLimitStormCount\":3,\"retryAfterSeconds\":2}");
        assertThat(log.getJsonObject("byStatus").getInt("429")).isEqualTo(3);
    }

    @Test
    void aLucca500IsNotRetriedOktaIsToldToComeBackAndTheNextTryServesIt() {
        Tenant tenant = Tenant.create(900);
        Sandbox.reset();
        Sandbox.setFaults("{\"errorStatus\":500,\"errorCount\":1}");

        Http.Answer first = Scim.get("/Users?count=100", tenant.token());

        assertThat(first.status()).as(first.body()).isEqualTo(503);
        assertThat(Integer.parseInt(first.header("Retry-After"))).isPositive();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Scim.get("/Users?count=1", tenant.token()).status() == 200);
        assertThat(Scim.allUsers(tenant.token())).hasSize(listed);
        assertThat(Sandbox.requestLog().getJsonObject("byStatus").getInt("500")).isEqualTo(1);
    }

    @Test
    void whileLuccaIsDownOktaIsServedTheLastSnapshotAndNewTenantsAreToldToComeBack() {
        Tenant warm = Tenant.create(60);
        Tenant cold = Tenant.create(900);
        assertThat(Scim.allUsers(warm.token())).hasSize(listed);
        Sandbox.setFaults("{\"errorStatus\":503,\"errorCount\":1000000}");

        // Okta keeps reading; once the snapshot is past its TTL, refreshes fail until the circuit opens.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Scim.get("/Users?count=1", warm.token());
            JsonObject status = warm.status();
            return status.getJsonObject("snapshot").getBoolean("stale") && status.containsKey("lastError")
                    && status.getJsonObject("luccaCalls").getBoolean("paused");
        });
        Http.Answer stale = Scim.get("/Users?count=5", warm.token());
        Http.Answer unavailable = Scim.get("/Users?count=5", cold.token());
        int callsWhileDown = Sandbox.requestLog().getJsonObject("byStatus").getInt("503");

        assertThat(stale.status()).as(stale.body()).isEqualTo(200);
        assertThat(stale.json().getInt("totalResults")).isEqualTo(listed);
        assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(503);
        assertThat(Integer.parseInt(unavailable.header("Retry-After"))).isPositive();
        assertThat(unavailable.body()).doesNotContain("Exception", Sandbox.READ_KEY);
        assertThat(callsWhileDown).as("the paused circuit spares Lucca: a probe every 5 s, not every read").isLessThan(40);

        Sandbox.setFaults("{\"errorCount\":0}");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Scim.get("/Users?count=1", cold.token()).status() == 200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Scim.get("/Users?count=1", warm.token());
            return !warm.status().getJsonObject("snapshot").getBoolean("stale");
        });
    }

    /** A cold import through a new tenant while the fault is on: Okta sees every employee; the sandbox's log. */
    private static JsonObject assertImportRidesOut(String fault) {
        Tenant tenant = Tenant.create(900);
        Sandbox.reset();
        Sandbox.setFaults(fault);

        List<JsonObject> imported = Scim.allUsers(tenant.token());

        assertThat(imported).hasSize(listed);
        assertThat(imported.stream().map(user -> user.getString("id")).distinct()).hasSize(listed);
        return Sandbox.requestLog();
    }

    /** A tenant made through the administration API on the read-only key, with a snapshot TTL in seconds. */
    private record Tenant(String id, String token) {

        static Tenant create(int ttlSeconds) {
            JsonObject created = Admin.createTenant(Sandbox.READ_KEY);
            String id = created.getString("id");
            Http.Answer options = Http.put(tenants() + "/" + id + "/options", """
                    {"leaversGraceDays":90,"snapshotTtlSeconds":%d,"userNameSource":"LOGIN"}""".formatted(ttlSeconds), PAUL);
            assertThat(options.status()).as(options.body()).isEqualTo(200);
            return new Tenant(id, created.getString("scimToken"));
        }

        JsonObject status() {
            return Http.get(tenants() + "/" + id + "/status", PAUL).json();
        }
    }
}
