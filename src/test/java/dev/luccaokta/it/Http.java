package dev.luccaokta.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP client for integration tests, talking to the Payara Micro the tests booted (sandbox and
 * connector side by side on {@code it.port}, loopback).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("it.port", "18180");
    }

    public static String sandboxUrl() {
        return baseUrl() + "/lucca-sandbox";
    }

    public static Answer get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    public static Answer post(String url, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    public static Answer put(String url, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    /** Any method with a JSON body, PATCH included. */
    public static Answer send(String method, String url, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    public static Answer delete(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), headers);
    }

    private static Answer send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(CLIENT, request.timeout(Duration.ofSeconds(30)).build());
    }

    /** A request built by the caller, through a client of its own (HTTP/1.1, say). */
    public static Answer exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and body of an answer. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String retryAfter() {
            return header("Retry-After");
        }

        public JsonObject json() {
            return json(body);
        }

        public static JsonObject json(String text) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }
    }
}
