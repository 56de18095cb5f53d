package dev.luccaokta.lucca;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The webhook endpoints' Rest Client, except that a change (PATCH) is sent with the JDK's HTTP client. Payara's
 * Rest Client (Jersey) sends requests through {@code HttpURLConnection}, which refuses the PATCH method; Jersey's
 * workaround rewrites that class's fields by reflection, which Java 17 forbids for https connections unless the
 * server is started with more {@code --add-opens} than Payara Micro has. The JDK's client sends PATCH as it is, with
 * the same timeouts, no redirects followed, the same cap on the answer's size and Lucca's errors read by
 * {@link LuccaErrorMapper}; a failure to get an answer is a {@link ProcessingException}, as from the Rest Client.
 *
 * <pre>{@code
 * LuccaWebhooksApi webhooks = new LuccaWebhooksClient(restClient, baseUrl, http, Duration.ofMillis(4500), 1 << 20);
 * }</pre>
 */
final class LuccaWebhooksClient implements LuccaWebhooksApi {

    private final LuccaWebhooksApi rest;
    private final URI baseUrl;
    private final HttpClient http;
    private final Duration readTimeout;
    private final int maxAnswerBytes;

    /**
     * @param rest the Rest Client, for everything but PATCH
     * @param http a client that follows no redirects, with the connection timeout of the others
     */
    LuccaWebhooksClient(LuccaWebhooksApi rest, URI baseUrl, HttpClient http, Duration readTimeout, int maxAnswerBytes) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.http = http;
        this.readTimeout = readTimeout;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    @Override
    public JsonObject endpoints(String bearer, int limit, String include, String page) {
        return rest.endpoints(bearer, limit, include, page);
    }

    @Override
    public JsonObject create(String bearer, JsonObject endpoint) {
        return rest.create(bearer, endpoint);
    }

    @Override
    public void delete(String bearer, String id) {
        rest.delete(bearer, id);
    }

    @Override
    public JsonObject change(String bearer, String id, JsonObject changes) {
        URI url = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/lucca-api/webhook-endpoints/"
                + LuccaWebhookEndpoint.checkedId(id));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Api-Version", LuccaResourcesApi.VERSION)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(changes.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<InputStream> response;
        String body;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = read(response.body());
        } catch (IOException e) {
            throw new ProcessingException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException("interrupted while waiting for Lucca", e);
        }
        if (response.statusCode() >= 300) {
            throw LuccaErrorMapper.error(response.statusCode(), body.isEmpty() ? null : body,
                    response.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null));
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new LuccaUnusableAnswerException("a webhook endpoint that is not a JSON object");
        }
    }

    /** The whole answer, refused past the size cap as {@link CompleteBodyFilter} refuses it. */
    private String read(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(maxAnswerBytes + 1);
            if (body.length > maxAnswerBytes) {
                throw new CompleteBodyFilter.OversizedAnswer(maxAnswerBytes);
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
