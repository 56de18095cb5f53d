package dev.luccaokta.okta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends requests to Okta with the JDK's HTTP client, and reads each answer whole, up to {@code okta.maxAnswerBytes},
 * before anything parses it. The JDK's client rather than a Rest Client: every request carries a DPoP proof bound
 * to its exact method and URL and some are retried once on the answer's headers ({@code DPoP-Nonce},
 * {@code WWW-Authenticate}), which a plain request and answer make simple; the per-user update is a PATCH, which
 * Payara's Rest Client (over {@code HttpURLConnection}) refuses; and it behaves the same on Payara and WildFly.
 * Redirects are never followed, and every request's URL is checked against {@link OktaUrlPolicy} just before it
 * leaves, as its host resolves then.
 *
 * <pre>{@code
 * OktaAnswer answer = http.send(HttpRequest.newBuilder(url).GET());
 * }</pre>
 */
@ApplicationScoped
public class OktaHttp {

    private final OktaUrlPolicy urls;
    private final HttpClient client;
    private final Duration readTimeout;
    private final int maxAnswerBytes;

    @Inject
    public OktaHttp(OktaUrlPolicy urls,
                    @ConfigProperty(name = "okta.connectTimeoutMillis") long connectTimeoutMillis,
                    @ConfigProperty(name = "okta.readTimeoutMillis") long readTimeoutMillis,
                    @ConfigProperty(name = "okta.maxAnswerBytes") int maxAnswerBytes) {
        // HTTP/1.1: no upgrade attempt on the emulator's plain http.
        this(urls, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build(),
                Duration.ofMillis(readTimeoutMillis), maxAnswerBytes);
    }

    /** With a client of the caller's, which must follow no redirects. */
    OktaHttp(OktaUrlPolicy urls, HttpClient client, Duration readTimeout, int maxAnswerBytes) {
        this.urls = urls;
        this.client = client;
        this.readTimeout = readTimeout;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected OktaHttp() {
        this(null, null, null, 0);
    }

    /**
     * Sends the request and returns Okta's answer, whatever its status.
     *
     * @throws OktaUrlRefusedException when the request's URL is not one the connector calls (nothing is sent)
     * @throws OktaTransientException when its host does not resolve now or Okta does not answer in time
     * @throws OktaUnusableAnswerException when the answer is longer than the cap
     */
    OktaAnswer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(readTimeout).build();
        try {
            urls.checkDestination(request.uri());
        } catch (OktaUrlRefusedException e) {
            if (e.kind() == OktaFailure.Kind.HOST_UNRESOLVED) {
                throw OktaTransientException.unsent("The Okta org's host does not resolve for now", e);
            }
            throw e;
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return new OktaAnswer(response.statusCode(), response.headers(), read(response.body()));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw OktaTransientException.unsent("Okta could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw OktaTransientException.unanswered("Okta did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OktaTransientException.unanswered("Interrupted while waiting for Okta", e);
        }
    }

    /** The whole body; past the cap, the rest is left unread and the connection dropped. */
    private String read(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(maxAnswerBytes + 1);
            if (body.length > maxAnswerBytes) {
                throw new OktaUnusableAnswerException("longer than " + maxAnswerBytes + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
