package dev.luccaokta.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the hostile-input tests: method, absolute URL, header pairs, body (null for none), sent chunked or
 * not. It is sent over HTTP/1.1 with a two-minute timeout: a call that needs Lucca may wait up to a minute for the
 * connector's share of Lucca's budget, which the fuzzing spends (the shared helpers of {@link Http} time out after
 * 30 s).
 */
record Probe(String method, String url, List<String> headers, byte[] body, boolean chunked) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Header pairs that start with the bearer token. */
    static List<String> bearer(String token, String... more) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        headers.addAll(List.of(more));
        return headers;
    }

    /** The answer, its body sent with its length or chunked. */
    Http.Answer send() {
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (chunked) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .method(method, publisher);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] answer = in.readNBytes(16 * 1024 * 1024);
                return new Http.Answer(response.statusCode(), response.headers(), new String(answer, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request as a failure report shows it, long parts cut short. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(shortened(url, 600));
        for (int i = 0; i < headers.size(); i += 2) {
            text.append("\n    ").append(headers.get(i)).append(": ").append(shortened(headers.get(i + 1), 200));
        }
        if (body != null) {
            text.append("\n    body (").append(body.length).append(" bytes").append(chunked ? ", chunked" : "")
                    .append("): ").append(shortened(new String(body, StandardCharsets.UTF_8), 600));
        }
        return text.toString();
    }

    /** The text on one line, cut at {@code max} characters. */
    static String shortened(String text, int max) {
        String visible = text.replace("\r", "\\r").replace("\n", "\\n");
        return visible.length() <= max ? visible : visible.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
