package dev.luccaokta.run;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * JSON over HTTP for the benchmarks: the sandboxes' controls, and the administration API as the demo's operator.
 * Anything but a 2xx ends the run with the request and the answer.
 */
final class BenchHttp {

    private static final String OPERATOR = "paul.nguyen@sandbox-industries.example";
    private static final String OPERATOR_PASSWORD = "okta-demo-admin";

    // HTTP/1.1 as Okta speaks it; no h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalServer server;

    BenchHttp(LocalServer server) {
        this.server = server;
    }

    String url(String path) {
        return server.url(path);
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return json(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** A call with a JSON body, or none when {@code body} is null; an empty answer reads as an empty object. */
    JsonObject send(String method, String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        return json(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .method(method, publisher));
    }

    /** A read of the administration API ({@code /lucca-okta/admin/api} + {@code path}) as the operator. */
    JsonObject admin(String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return json(HttpRequest.newBuilder(URI.create(url("/lucca-okta/admin/api" + path)))
                .header("Authorization", "Basic " + basic).header("X-Requested-With", "lucca-okta-admin").GET());
    }

    HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonObject json(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
        String body = expectOk(request, exchange(request));
        return body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : parse(body);
    }

    static String expectOk(HttpRequest request, HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        return answer.body();
    }

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
