package dev.luccaokta.sandbox.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Lucca's side of the two calls it makes to a receiver, each with Lucca's 3 s deadline: the activation challenge
 * ({@code GET {webhookUrl}?echo=<random>}, passed by a 200 whose body is the value) and a delivery
 * ({@code POST {webhookUrl}} with the signed event). Redirects are not followed.
 *
 * <pre>{@code
 * Challenge result = client.challenge(endpoint.webhookUrl(), "echo");
 * int status = client.deliver(endpoint.webhookUrl(), body, timestamp, signature);
 * }</pre>
 */
public final class WebhookClient {
    public static final Duration DEADLINE = Duration.ofSeconds(3);
    private static final int CHALLENGE_BYTES = 24;
    private static final int MAX_ANSWER_SHOWN = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(DEADLINE).followRedirects(HttpClient.Redirect.NEVER).build();
    private final SecureRandom random = new SecureRandom();

    /** Whether the receiver passed the challenge, and if not, why, in words for the client. */
    public record Challenge(boolean passed, String detail) {
    }

    public Challenge challenge(URI webhookUrl, String parameter) {
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String query = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        String url = webhookUrl.toString();
        URI target = URI.create(url + (webhookUrl.getRawQuery() == null ? "?" : "&") + query);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(target).timeout(DEADLINE).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                return new Challenge(false, "The receiver answered the challenge with status " + answer.statusCode());
            }
            return value.equals(answer.body().strip()) ? new Challenge(true, "The receiver echoed the challenge")
                    : new Challenge(false, "The receiver's answer was not the challenge's value: '"
                            + abbreviate(answer.body()) + "'");
        } catch (IOException e) {
            return new Challenge(false, "The receiver could not be reached within " + DEADLINE.toSeconds()
                    + " s: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Challenge(false, "The challenge was interrupted");
        }
    }

    /**
     * Posts one signed event.
     *
     * @return the receiver's status code
     * @throws IOException when the receiver cannot be reached or does not answer within the deadline
     */
    public int deliver(URI webhookUrl, byte[] body, String timestamp, String signature)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(webhookUrl).timeout(DEADLINE)
                .header("Content-Type", "application/json")
                .header("Lucca-Timestamp", timestamp)
                .header("Lucca-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_ANSWER_SHOWN ? text : text.substring(0, MAX_ANSWER_SHOWN) + "…";
    }
}
