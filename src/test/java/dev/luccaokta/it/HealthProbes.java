package dev.luccaokta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The connector's health checks as a load balancer polls them, on every server the tests run on: Payara serves
 * {@code /health} on its HTTP port, WildFly on its management port (failsafe passes it as {@code it.managementPort}).
 */
interface HealthProbes {

    @Test
    default void readinessIsUpWhenTheDatabaseAnswers() {
        Http.Answer ready = probe("ready");

        assertEquals(200, ready.status(), ready.body());
        JsonObject database = check(ready.json(), "database");
        assertEquals("UP", database.getString("status"));
        assertTrue(!ready.body().contains("tenants"), "the unauthenticated probe tells nothing of the tenants");
    }

    @Test
    default void livenessAndStartupAreUp() {
        Http.Answer live = probe("live");
        Http.Answer started = probe("started");

        assertEquals(200, live.status(), live.body());
        assertEquals("UP", check(live.json(), "heap").getString("status"));
        assertEquals(200, started.status(), started.body());
        assertEquals("UP", check(started.json(), "tenant-store").getString("status"));
    }

    private static Http.Answer probe(String kind) {
        String managementPort = System.getProperty("it.managementPort");
        String base = managementPort == null ? Http.baseUrl() : "http://127.0.0.1:" + managementPort;
        return Http.get(base + "/health/" + kind);
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
