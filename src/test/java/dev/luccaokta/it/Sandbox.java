package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Lucca sandbox's well-known keys and its test switches, as integration tests use them. */
public final class Sandbox {

    public static final String READ_KEY = "sbx-read-0001";
    public static final String FUTURE_KEY = "sbx-future-0002";
    public static final String ALL_KEY = "sbx-all-0003";
    public static final String NO_PERMISSION_KEY = "sbx-none-0004";

    /** The Lucca API (v5) clients; each one's secret is its id followed by {@code -secret}. */
    public static final String ALL_CLIENT = "sbx-client-all";
    public static final String DIRECTORY_CLIENT = "sbx-client-directory";
    public static final String SITE1_CLIENT = "sbx-client-site1";
    public static final String API_VERSION = "2024-11-01";

    private static final HttpClient FORM_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Sandbox() {
    }

    public static String[] auth(String key) {
        return new String[] {"Authorization", "lucca application=" + key};
    }

    /** Lucca GET with a key. */
    public static Http.Answer get(String pathAndQuery, String key) {
        return Http.get(Http.sandboxUrl() + pathAndQuery, auth(key));
    }

    /** POST to the token endpoint, form-encoded; {@code fields} are name/value pairs, a null value left out. */
    public static Http.Answer tokenRequest(String... fields) {
        return tokenRequestTo(Http.sandboxUrl(), fields);
    }

    /** The same to the sandbox at {@code sandboxUrl}. */
    public static Http.Answer tokenRequestTo(String sandboxUrl, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandboxUrl + "/connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build();
        try {
            HttpResponse<String> response = FORM_CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh access token for a fixed client, with every scope it was granted. */
    public static String accessToken(String clientId) {
        return accessToken(Http.sandboxUrl(), clientId);
    }

    /** The same from the sandbox at {@code sandboxUrl}. */
    public static String accessToken(String sandboxUrl, String clientId) {
        Http.Answer answer = tokenRequestTo(sandboxUrl, "grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret");
        if (answer.status() != 200) {
            throw new IllegalStateException("Token refused: " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("access_token");
    }

    /** Lucca API (v5) GET with a bearer token and {@code Api-Version}, plus any other header name/value pairs. */
    public static Http.Answer v5(String pathAndQuery, String token, String... headers) {
        String[] all = Stream.concat(Stream.of("Authorization", "Bearer " + token, "Api-Version", API_VERSION),
                Stream.of(headers)).toArray(String[]::new);
        return Http.get(pathAndQuery.startsWith("http") ? pathAndQuery
                : Http.sandboxUrl() + "/lucca-api" + pathAndQuery, all);
    }

    /** Lucca API (v5) call of any method with a JSON body, a bearer token and {@code Api-Version}. */
    public static Http.Answer v5Send(String method, String path, String json, String token) {
        return Http.send(method, Http.sandboxUrl() + "/lucca-api" + path, json, "Authorization", "Bearer " + token,
                "Api-Version", API_VERSION);
    }

    /** Hires a person through the sandbox's admin call; answers the new person's id. */
    public static int hire(String json) {
        Http.Answer hired = Http.post(Http.sandboxUrl() + "/sandbox/employees", json);
        expect(hired, 201);
        return hired.json().getInt("id");
    }

    /** Changes a person through the sandbox's admin call, as an HR administrator would in Lucca's screens. */
    public static void changePerson(int id, String json) {
        expect(Http.send("PATCH", Http.sandboxUrl() + "/sandbox/employees/" + id, json), 200);
    }

    public static void setWebhookFaults(String json) {
        expect(Http.put(Http.sandboxUrl() + "/sandbox/webhooks/faults", json), 200);
    }

    /** Initial data, no faults, empty request log, fresh rate-limit window. */
    public static void reset() {
        expect(Http.post(Http.sandboxUrl() + "/sandbox/reset", ""), 200, 204);
    }

    public static void setFaults(String json) {
        expect(Http.put(Http.sandboxUrl() + "/sandbox/faults", json), 200, 204);
    }

    public static JsonObject requestLog() {
        return Http.get(Http.sandboxUrl() + "/sandbox/requests").json();
    }

    public static JsonObject info() {
        return Http.get(Http.sandboxUrl() + "/sandbox/info").json();
    }

    /** Each answer is a refusal with this status in the legacy error body, {@code {"Status", "Message"}}. */
    public static void assertRefused(int status, List<Http.Answer> answers) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(status);
            assertThat(answer.json().getInt("Status")).isEqualTo(status);
            assertThat(answer.json().getString("Message")).isNotBlank();
        });
    }

    private static void expect(Http.Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("Sandbox switch refused: " + answer.status() + " " + answer.body());
    }
}
