package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webhook endpoint's change sent as a real PATCH, over a local HTTP server standing in for Lucca. */
class LuccaWebhooksClientTest {

    private final HttpServer server;
    private final AtomicReference<String> received = new AtomicReference<>();
    private int status = 200;
    private String answer = "{\"id\": \"12\", \"status\": \"active\"}";
    private String retryAfter;

    LuccaWebhooksClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aChangeIsAPatchOfTheEndpointWithTheTokenTheApiVersionAndTheChanges() {
        JsonObject endpoint = client(1024).change("Bearer t0k3n", "12", Json.createObjectBuilder().add("status", "active").build());

        assertThat(endpoint.getString("status")).isEqualTo("active");
        assertThat(received.get()).isEqualTo("PATCH /lucca-api/webhook-endpoints/12 Bearer t0k3n "
                + LuccaResourcesApi.VERSION + " {\"status\":\"active\"}");
    }

    @Test
    void luccasRefusalCarriesItsStatusMessageAndRetryAfter() {
        status = 429;
        retryAfter = "7";
        answer = "{\"detail\": \"slow down\"}";

        assertThatThrownBy(() -> client(1024).change("Bearer t", "12", JsonObject.EMPTY_JSON_OBJECT))
                .isInstanceOfSatisfying(LuccaErrorStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.luccaMessage()).contains("slow down");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void anAnswerLongerThanTheCapIsRefusedUnread() {
        answer = "{\"id\": \"12\", \"status\": \"active\", \"padding\": \"" + "x".repeat(2000) + "\"}";

        assertThatThrownBy(() -> client(1024).change("Bearer t", "12", JsonObject.EMPTY_JSON_OBJECT))
                .isInstanceOf(ProcessingException.class)
                .hasCauseInstanceOf(CompleteBodyFilter.OversizedAnswer.class);
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsAnAnswerTheConnectorCannotUse() {
        answer = "<html>proxy</html>";

        assertThatThrownBy(() -> client(1024).change("Bearer t", "12", JsonObject.EMPTY_JSON_OBJECT))
                .isInstanceOf(LuccaUnusableAnswerException.class);
    }

    @Test
    void aLuccaThatDoesNotAnswerIsAProcessingException() {
        server.stop(0);

        assertThatThrownBy(() -> client(1024).change("Bearer t", "12", JsonObject.EMPTY_JSON_OBJECT))
                .isInstanceOf(ProcessingException.class);
    }

    private LuccaWebhooksClient client(int maxAnswerBytes) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        return new LuccaWebhooksClient(null, base, http, Duration.ofSeconds(2), maxAnswerBytes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("Api-Version") + " " + body);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
