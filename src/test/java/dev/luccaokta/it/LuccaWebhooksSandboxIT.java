package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's webhooks against a receiver run in this JVM, as the connector's would be: endpoints and their
 * secret, the activation challenge, signed deliveries of the events that hires and legacy writes make, retries,
 * suspension, the event history, and each delivery fault.
 */
@SharedServerTest
class LuccaWebhooksSandboxIT {

    private static final String PEOPLE_TOPICS = """
            ["employee.created","employee.updated","employment.created",
             "employment.updated","job-position.created","job-position.updated"]""";
    private static final Duration DELIVERY = Duration.ofSeconds(15);
    private static final int PERSON = 10;

    private Receiver receiver;
    private String token;

    @BeforeEach
    void startReceiver() throws IOException {
        Sandbox.reset();
        receiver = new Receiver();
        token = Sandbox.accessToken(Sandbox.ALL_CLIENT);
    }

    @AfterEach
    void stopReceiver() {
        Sandbox.reset();
        receiver.close();
    }

    @Test
    void theSecretIsShownOnlyInTheAnswerToTheCreation() {
        JsonObject created = createEndpoint("/hooks/a", PEOPLE_TOPICS);
        String id = created.getString("id");

        assertThat(created.getString("secret")).matches("[A-Za-z0-9_-]{64}");
        assertThat(created.getString("status")).isEqualTo("active");
        assertThat(created.getJsonObject("activation").getString("challenge")).isEqualTo("passed");
        assertThat(Sandbox.v5("/webhook-endpoints/" + id, token).json()).doesNotContainKey("secret");
        JsonObject list = Sandbox.v5("/webhook-endpoints?include=totalCount", token).json();
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> assertThat(item.getString("id")).isEqualTo(id))
                .allSatisfy(item -> assertThat(item).doesNotContainKey("secret"));
        Http.Answer renamed = Sandbox.v5Send("PATCH", "/webhook-endpoints/" + id, "{\"name\":\"Renamed\"}", token);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Renamed");
        assertThat(renamed.json()).doesNotContainKey("secret");
        assertThat(Http.delete(v5Url("/webhook-endpoints/" + id), bearer()).status()).isEqualTo(204);
        assertThat(Sandbox.v5("/webhook-endpoints/" + id, token).status()).isEqualTo(404);
        assertThat(Http.delete(v5Url("/webhook-endpoints/" + id), bearer()).status()).isEqualTo(404);
    }

    @Test
    void theChallengeEchoesItsValueUnderEitherParameterName() {
        createEndpoint("/hooks/echo", PEOPLE_TOPICS);
        Sandbox.setWebhookFaults("{\"challengeParameter\":\"challenge\"}");
        JsonObject second = createEndpoint("/hooks/challenge", PEOPLE_TOPICS);

        assertThat(receiver.challenges).hasSize(2);
        assertThat(receiver.challenges.get(0)).startsWith("/hooks/echo?echo=");
        assertThat(receiver.challenges.get(1)).startsWith("/hooks/challenge?challenge=");
        assertThat(second.getString("status")).isEqualTo("active");
    }

    @Test
    void anEndpointThatFailsTheChallengeIsStoredInactiveAndKeepsNoHistory() {
        receiver.echoWrongValue = true;
        JsonObject created = createEndpoint("/hooks/wrong", PEOPLE_TOPICS);

        assertThat(created.getString("status")).isEqualTo("inactive");
        assertThat(created.getJsonObject("activation").getString("challenge")).isEqualTo("failed");
        Sandbox.changePerson(PERSON, "{\"jobTitle\":\"Unseen\"}");
        assertThat(Sandbox.v5("/events?include=totalCount", token).json().getInt("totalCount")).isZero();
    }

    @Test
    void aHireDeliversSignedCreatedEventsWhoseDataIsTheResourceAsTheApiShowsIt() throws Exception {
        String secret = createEndpoint("/hooks/hire", PEOPLE_TOPICS).getString("secret");

        int id = Sandbox.hire("""
                {"firstName":"Ada","lastName":"Lovelace","departmentId":2,"establishmentId":1,"jobTitle":"Analyste"}""");

        await("three events delivered").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 3);
        assertThat(receiver.deliveries).allSatisfy(delivery -> assertSignedWith(delivery, secret));
        Map<String, JsonObject> byTopic = receiver.deliveries.stream().map(Delivery::event)
                .collect(Collectors.toMap(event -> event.getString("topic"), event -> event));
        assertThat(byTopic).containsOnlyKeys("employee.created", "employment.created", "job-position.created");
        assertThat(byTopic.get("employee.created").getJsonObject("data"))
                .isEqualTo(Sandbox.v5("/employees/" + id, token).json());
        assertThat(byTopic.get("employment.created").getJsonObject("data"))
                .isEqualTo(Sandbox.v5("/employments/" + id, token).json());
        assertThat(byTopic.get("job-position.created").getJsonObject("data"))
                .isEqualTo(Sandbox.v5("/job-positions/" + id, token).json());
        JsonObject event = byTopic.get("employee.created");
        assertThat(event.getString("source")).isEqualTo(Http.sandboxUrl());
        assertThat(event.getString("apiVersion")).isEqualTo(Sandbox.API_VERSION);
        assertThat(event.getJsonObject("businessEstablishment").getString("id")).isEqualTo("1");
        assertThat(Sandbox.get("/api/v3/users/" + id + "?fields=login", Sandbox.ALL_KEY).json()
                .getJsonObject("data").getString("login")).isEqualTo("ada.lovelace");
        assertThat(Sandbox.v5("/events/" + event.getString("id"), token).json()).isEqualTo(event);
    }

    @Test
    void aLegacyWriteDeliversOneUpdatedEventPerResourceItChanged() throws Exception {
        String secret = createEndpoint("/hooks/put", PEOPLE_TOPICS).getString("secret");
        JsonObject before = Sandbox.v5("/employees/" + PERSON, token).json();

        Http.Answer put = Http.put(Http.sandboxUrl() + "/api/v3/users/" + PERSON,
                "{\"firstName\":\"Zoé\",\"jobTitle\":\"Testeuse de webhooks\"}", Sandbox.auth(Sandbox.ALL_KEY));
        assertThat(put.status()).isEqualTo(200);

        await("two events delivered").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 2);
        assertThat(receiver.deliveries).allSatisfy(delivery -> assertSignedWith(delivery, secret));
        Map<String, JsonObject> byTopic = receiver.deliveries.stream().map(Delivery::event)
                .collect(Collectors.toMap(event -> event.getString("topic"), event -> event));
        assertThat(byTopic).containsOnlyKeys("employee.updated", "job-position.updated");
        assertThat(byTopic.get("employee.updated").getJsonObject("previousAttributes"))
                .isEqualTo(Json.createObjectBuilder().add("givenName", before.getString("givenName")).build());
        assertThat(byTopic.get("employee.updated").getJsonObject("data"))
                .isEqualTo(Sandbox.v5("/employees/" + PERSON, token).json());
        assertThat(byTopic.get("job-position.updated").getJsonObject("data").getString("jobTitle"))
                .isEqualTo("Testeuse de webhooks");
        assertThat(byTopic.get("job-position.updated").getJsonObject("previousAttributes").keySet())
                .containsExactly("jobTitle");
    }

    @Test
    void aDeliveryAnswered503IsRetriedUntilDelivered() {
        createEndpoint("/hooks/retry", "[\"employee.updated\"]");
        receiver.answers.add(503);

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Retried\"}");

        await("delivered on the second attempt").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 2);
        String eventId = receiver.deliveries.get(0).event().getString("id");
        assertThat(receiver.deliveries.get(1).event().getString("id")).isEqualTo(eventId);
        await("the event shows delivered").atMost(DELIVERY).until(() -> eventIds("delivered").contains(eventId));
        assertThat(receiver.statuses).containsExactly(503, 202);
    }

    @Test
    void a410SuspendsTheEndpointAtOnceAndSettingItActiveRunsTheChallengeAgain() {
        String id = createEndpoint("/hooks/gone", "[\"employee.updated\"]").getString("id");
        receiver.answers.add(410);

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Gone\"}");
        await("suspended").atMost(DELIVERY).until(() -> "suspended".equals(
                Sandbox.v5("/webhook-endpoints/" + id, token).json().getString("status")));
        Sandbox.changePerson(PERSON, "{\"lastName\":\"Missed\"}");
        await("both events failed").atMost(DELIVERY).until(() -> eventIds("failed").size() == 2);
        List<String> failed = eventIds("failed");

        JsonObject reactivated = Sandbox.v5Send("PATCH", "/webhook-endpoints/" + id, "{\"status\":\"active\"}", token)
                .json();
        assertThat(reactivated.getString("status")).isEqualTo("active");
        assertThat(reactivated.getJsonObject("activation").getString("challenge")).isEqualTo("passed");
        assertThat(receiver.challenges).hasSize(2);
        Sandbox.changePerson(PERSON, "{\"lastName\":\"Back\"}");
        await("the next event delivered").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 2);
        assertThat(receiver.deliveries.get(1).event().getJsonObject("data").getString("familyName")).isEqualTo("Back");
        assertThat(receiver.deliveries.stream().map(delivery -> delivery.event().getString("id")))
                .doesNotContain(failed.get(1));
    }

    @Test
    void theEventHistoryFiltersByDeliveryStatusAndPagesByAscendingId() {
        createEndpoint("/hooks/history", "[\"employee.updated\"]");
        Sandbox.changePerson(PERSON, "{\"lastName\":\"One\"}");
        Sandbox.changePerson(PERSON, "{\"lastName\":\"Two\"}");
        await("both delivered").atMost(DELIVERY).until(() -> eventIds("delivered").size() == 2);

        JsonObject first = Sandbox.v5("/events?limit=1&include=links,totalCount", token).json();
        assertThat(first.getInt("totalCount")).isEqualTo(2);
        JsonObject second = Sandbox.v5(first.getJsonObject("links").getJsonObject("next").getString("href"), token)
                .json();
        long firstId = Long.parseLong(first.getJsonArray("items").getJsonObject(0).getString("id"));
        long secondId = Long.parseLong(second.getJsonArray("items").getJsonObject(0).getString("id"));
        assertThat(secondId).isGreaterThan(firstId);
        assertThat(second.getJsonObject("links").isNull("next")).isTrue();
        assertThat(eventIds("failed")).isEmpty();
        assertThat(Sandbox.v5("/events?status=lost", token).status()).isEqualTo(400);
    }

    @Test
    void duplicateSendsEachDeliveryTwice() {
        createEndpoint("/hooks/twice", "[\"employee.updated\"]");
        Sandbox.setWebhookFaults("{\"duplicate\":true}");

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Twice\"}");

        await("two copies").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 2);
        assertThat(receiver.deliveries.get(0).body()).isEqualTo(receiver.deliveries.get(1).body());
    }

    @Test
    void outOfOrderDeliversTheNewestEventFirst() {
        createEndpoint("/hooks/order", "[\"employee.updated\"]");
        Sandbox.setWebhookFaults("{\"outOfOrder\":true}");

        Sandbox.changePerson(PERSON, "{\"lastName\":\"First\"}");
        Sandbox.changePerson(PERSON, "{\"lastName\":\"Second\"}");
        Sandbox.changePerson(PERSON, "{\"lastName\":\"Third\"}");

        await("three events").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 3);
        List<Long> ids = receiver.deliveries.stream().map(d -> Long.parseLong(d.event().getString("id"))).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void lateMillisHoldsDeliveriesBack() {
        createEndpoint("/hooks/late", "[\"employee.updated\"]");
        Sandbox.setWebhookFaults("{\"lateMillis\":1500}");
        Instant changed = Instant.now();

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Late\"}");

        await("delivered late").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 1);
        assertThat(Duration.between(changed, receiver.deliveries.get(0).receivedAt())).isGreaterThan(
                Duration.ofMillis(1500));
    }

    @Test
    void badSignatureSignsWithAnotherKey() {
        String secret = createEndpoint("/hooks/forged", "[\"employee.updated\"]").getString("secret");
        Sandbox.setWebhookFaults("{\"badSignature\":true}");

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Forged\"}");

        await("delivered").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 1);
        Delivery delivery = receiver.deliveries.get(0);
        assertThat(delivery.signature()).isNotEqualTo(sign(secret, delivery.timestamp(), delivery.body()));
    }

    @Test
    void staleTimestampIsTenMinutesOldAndCorrectlySigned() {
        String secret = createEndpoint("/hooks/stale", "[\"employee.updated\"]").getString("secret");
        Sandbox.setWebhookFaults("{\"staleTimestamp\":true}");

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Stale\"}");

        await("delivered").atMost(DELIVERY).until(() -> receiver.deliveries.size() >= 1);
        Delivery delivery = receiver.deliveries.get(0);
        assertSignedWith(delivery, secret);
        Duration age = Duration.between(Instant.parse(delivery.timestamp()), delivery.receivedAt());
        assertThat(age).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
    }

    @Test
    void receiverDownFailsTheDeliveryAfterItsRetriesWithoutReachingTheReceiver() {
        createEndpoint("/hooks/down", "[\"employee.updated\"]");
        Sandbox.setWebhookFaults("{\"receiverDown\":true}");

        Sandbox.changePerson(PERSON, "{\"lastName\":\"Unreachable\"}");

        await("failed after its retries").atMost(DELIVERY).until(() -> eventIds("failed").size() == 1);
        assertThat(receiver.deliveries).isEmpty();
    }

    @Test
    void webhookRoutesNeedAWebhookScope() {
        String directory = Sandbox.accessToken(Sandbox.DIRECTORY_CLIENT);
        Http.Answer refused = Sandbox.v5("/webhook-endpoints", directory);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("webhook-endpoints.readwrite");
        assertThat(Sandbox.v5("/events", directory).status()).isEqualTo(403);
        assertThat(Sandbox.v5Send("POST", "/webhook-endpoints", endpointBody("/hooks/x", PEOPLE_TOPICS), directory)
                .status()).isEqualTo(403);

        Http.Answer granted = Http.put(Http.sandboxUrl() + "/sandbox/clients/" + Sandbox.ALL_CLIENT + "/scopes",
                "{\"scopes\":[\"webhook-endpoints.readonly\"]}");
        assertThat(granted.status()).isEqualTo(200);
        String reader = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        assertThat(Sandbox.v5("/webhook-endpoints", reader).status()).isEqualTo(200);
        assertThat(Sandbox.v5("/events", reader).status()).isEqualTo(200);
        assertThat(Sandbox.v5Send("POST", "/webhook-endpoints", endpointBody("/hooks/x", PEOPLE_TOPICS), reader)
                .status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWith400() {
        String url = receiver.url("/hooks/bad");
        for (String body : List.of(
                "{\"apiVersion\":\"2024-11-01\",\"webhookUrl\":\"" + url + "\",\"topics\":[\"employee.updated\"]}",
                "{\"name\":\"x\",\"apiVersion\":\"2024-11-01\",\"webhookUrl\":\"" + url + "\",\"topics\":[\"pets.fed\"]}",
                "{\"name\":\"x\",\"apiVersion\":\"2024-11-01\",\"webhookUrl\":\"not a url\",\"topics\":[\"employee.updated\"]}",
                "{\"name\":\"x\",\"apiVersion\":\"2024-11-01\",\"webhookUrl\":\"ftp://h/x\",\"topics\":[\"employee.updated\"]}",
                "{\"name\":\"x\",\"apiVersion\":\"2020-01-01\",\"webhookUrl\":\"" + url + "\",\"topics\":[\"employee.updated\"]}",
                "{\"name\":\"x\",\"apiVersion\":\"2024-11-01\",\"webhookUrl\":\"" + url + "\",\"topics\":[]}",
                "{\"name\":\"x\",", "[]")) {
            Http.Answer refused = Sandbox.v5Send("POST", "/webhook-endpoints", body, token);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        String id = createEndpoint("/hooks/bad", PEOPLE_TOPICS).getString("id");
        assertThat(Sandbox.v5Send("PATCH", "/webhook-endpoints/" + id, "{\"status\":\"suspended\"}", token).status())
                .isEqualTo(400);
        assertThat(Sandbox.v5Send("PATCH", "/webhook-endpoints/999999", "{\"name\":\"y\"}", token).status())
                .isEqualTo(404);

        assertThat(Http.post(Http.sandboxUrl() + "/sandbox/employees", "{\"firstName\":\"Ada\"}").status())
                .isEqualTo(400);
        assertThat(Http.send("PATCH", Http.sandboxUrl() + "/sandbox/employees/" + PERSON,
                "{\"endDate\":\"1990-01-01\"}").status()).isEqualTo(400);
        assertThat(Http.send("PATCH", Http.sandboxUrl() + "/sandbox/employees/999999", "{\"jobTitle\":\"x\"}")
                .status()).isEqualTo(404);
        assertThat(Http.put(Http.sandboxUrl() + "/sandbox/webhooks/faults", "{\"duplicate\":1}").status())
                .isEqualTo(400);
    }

    @Test
    void aResetClearsEndpointsEventsFaultsAndHires() {
        String id = createEndpoint("/hooks/reset", PEOPLE_TOPICS).getString("id");
        int hired = Sandbox.hire("""
                {"firstName":"Grace","lastName":"Hopper","departmentId":2,"establishmentId":1}""");
        Sandbox.setWebhookFaults("{\"duplicate\":true}");

        Sandbox.reset();

        String fresh = Sandbox.accessToken(Sandbox.ALL_CLIENT);
        assertThat(Sandbox.v5("/webhook-endpoints/" + id, fresh).status()).isEqualTo(404);
        assertThat(Sandbox.v5("/events?include=totalCount", fresh).json().getInt("totalCount")).isZero();
        assertThat(Sandbox.v5("/employees/" + hired, fresh).status()).isEqualTo(404);
        assertThat(Http.get(Http.sandboxUrl() + "/sandbox/webhooks/faults").json().getBoolean("duplicate")).isFalse();
    }

    private JsonObject createEndpoint(String path, String topics) {
        Http.Answer created = Sandbox.v5Send("POST", "/webhook-endpoints", endpointBody(path, topics), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private String endpointBody(String path, String topics) {
        return """
                {"name":"Test receiver","apiVersion":"2024-11-01","webhookUrl":"%s",
                 "businessEstablishments":null,"topics":%s,"status":"active"}""".formatted(receiver.url(path), topics);
    }

    private List<String> eventIds(String status) {
        return Sandbox.v5("/events?limit=100&status=" + status, token).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(event -> event.getString("id")).toList();
    }

    private String[] bearer() {
        return new String[] {"Authorization", "Bearer " + token, "Api-Version", Sandbox.API_VERSION};
    }

    private static String v5Url(String path) {
        return Http.sandboxUrl() + "/lucca-api" + path;
    }

    private static void assertSignedWith(Delivery delivery, String secret) {
        assertThat(delivery.timestamp()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(delivery.contentType()).startsWith("application/json");
        assertThat(delivery.signature()).isEqualTo(sign(secret, delivery.timestamp(), delivery.body()));
    }

    /** Lucca's signature as a receiver checks it: base64 of HMAC-SHA256(secret, timestamp + "." + raw body). */
    private static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One POST the receiver got. */
    private record Delivery(String path, String timestamp, String signature, String contentType, byte[] body,
                            Instant receivedAt) {
        JsonObject event() {
            return Http.Answer.json(new String(body, StandardCharsets.UTF_8));
        }
    }

    /**
     * A webhook receiver on a free loopback port: answers the activation challenge (or, when told, answers it
     * wrong), records every delivery, and answers them with the queued statuses, then 202.
     */
    private static final class Receiver implements AutoCloseable {
        final List<String> challenges = new CopyOnWriteArrayList<>();
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
        volatile boolean echoWrongValue;
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", this::handle);
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if ("GET".equals(exchange.getRequestMethod())) {
                    String query = exchange.getRequestURI().getRawQuery();
                    challenges.add(exchange.getRequestURI().getPath() + "?" + query);
                    String value = URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
                    respond(exchange, 200, echoWrongValue ? "not-" + value : value);
                    return;
                }
                deliveries.add(new Delivery(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Lucca-Timestamp"),
                        exchange.getRequestHeaders().getFirst("Lucca-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, Instant.now()));
                Integer status = answers.poll();
                int answer = status == null ? 202 : status;
                statuses.add(answer);
                respond(exchange, answer, "");
            }
        }

        private static void respond(HttpExchange exchange, int status, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
