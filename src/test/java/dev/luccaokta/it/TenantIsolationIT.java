package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One tenant cannot starve the others: a flood of Okta requests on a tenant whose Lucca is slow and whose first
 * snapshot is still being read gets quick 503s and 429s with Retry-After (a short wait for the build, then a cap
 * on the requests a tenant may have in flight), while another tenant's reads keep being served from its snapshot.
 * The sandbox slows the one API key of the flooded tenant only.
 */
@SharedServerTest
class TenantIsolationIT {

    /** More than the server's request threads, as in the review that found the starvation. */
    private static final int FLOOD = 250;
    /** Per Lucca call of the slow tenant: its first snapshot takes several of them (about 6). */
    private static final int LATENCY_MILLIS = 3000;
    /** Far below the slow tenant's build, which takes several times the latency. */
    private static final Duration QUICK = Duration.ofSeconds(8);

    /** One connection per request, as many clients of a server make them: no stream multiplexing to hide the flood. */
    private static final HttpClient OKTA = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private record Timed(Http.Answer answer, Duration took) {

        static Timed get(String pathAndQuery, String token) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Scim.baseUrl() + pathAndQuery))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = OKTA.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Timed(new Http.Answer(response.statusCode(), response.headers(), response.body()),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void aFloodOnATenantWhoseLuccaIsSlowIsAnsweredAtOnceAndOtherTenantsStayFast() {
        Sandbox.reset();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Scim.get("/Users?count=1", Scim.READ_ONLY_TOKEN).status() == 200);
        Http.Answer key = Http.post(Http.sandboxUrl() + "/sandbox/apikeys", "{\"name\":\"Slow\",\"permissions\":[\"users.read\"]}");
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        Sandbox.setFaults("{\"latencyMillis\":" + LATENCY_MILLIS + ",\"latencyKeyId\":" + key.json().getInt("id") + "}");
        // Set up now, so its first read of Lucca starts now, slowly.
        JsonObject slow = Admin.createTenant(key.json().getString("key"));
        String slowToken = slow.getString("scimToken");

        ExecutorService okta = Executors.newFixedThreadPool(FLOOD);
        List<Timed> flood;
        List<Timed> others = new ArrayList<>();
        try {
            List<CompletableFuture<Timed>> requests = IntStream.range(0, FLOOD)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> Timed.get("/Users?count=1", slowToken), okta))
                    .toList();
            CompletableFuture<Void> all = CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new));
            do {
                others.add(Timed.get("/Users?count=5", Scim.READ_ONLY_TOKEN));
            } while (!all.isDone());
            flood = requests.stream().map(CompletableFuture::join).toList();
        } finally {
            okta.shutdownNow();
        }
        boolean stillBuilding = !status(slow.getString("id")).getJsonObject("snapshot").containsKey("builtAt");

        assertThat(flood).allSatisfy(timed -> {
            assertThat(timed.answer().status()).as(timed.answer().body()).isIn(429, 503);
            assertThat(Integer.parseInt(timed.answer().retryAfter())).isPositive();
            assertThat(timed.answer().json().getJsonArray("schemas").getString(0))
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(timed.took()).isLessThan(QUICK);
        });
        assertThat(flood).extracting(timed -> timed.answer().status()).as("a short wait, then a cap per tenant")
                .contains(429, 503);
        assertThat(stillBuilding).as("the flood was answered while the slow tenant's snapshot was being built").isTrue();
        assertThat(others).allSatisfy(timed -> {
            assertThat(timed.answer().status()).as(timed.answer().body()).isEqualTo(200);
            assertThat(timed.took()).isLessThan(Duration.ofMillis(LATENCY_MILLIS));
        });

        // The build went on in the background: Okta's retry is served.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Scim.get("/Users?count=1", slowToken).status() == 200);
    }

    private static JsonObject status(String tenantId) {
        return Http.get(Admin.tenants() + "/" + tenantId + "/status", Admin.operator()).json();
    }
}
