package dev.luccaokta.okta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends requests to Okta with the JDK's HTTP client, and reads each answer whole, up to {@code okta.maxAnswerBytes}
 * and within {@code okta.readTimeoutMillis}, before anything parses it. The JDK's client rather than a Rest Client:
 * every request carries a DPoP proof bound to its exact method and URL and some are sent once more on the answer's
 * headers ({@code DPoP-Nonce}, {@code WWW-Authenticate}), which a plain request and answer make simple; the per-user
 * update is a PATCH, which Payara's Rest Client (over {@code HttpURLConnection}) refuses; and it behaves the same on
 * Payara and WildFly. Redirects are never followed, and every request's URL is checked against
 * {@link OktaUrlPolicy} just before it leaves, as its host resolves then.
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
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, info -> new CappedBody(maxAnswerBytes));
        try {
            // The request's own timeout ends at the answer's headers; this one covers its body too.
            HttpResponse<byte[]> response = exchange.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new OktaAnswer(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw OktaTransientException.unanswered("Okta did not answer within " + readTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw OktaTransientException.unanswered("Interrupted while waiting for Okta", e);
        }
    }

    private static OktaFailure failure(Throwable cause) {
        if (cause instanceof CappedBody.Oversized) {
            return new OktaUnusableAnswerException(cause.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return OktaTransientException.unsent("Okta could not be reached: " + cause.getClass().getSimpleName(), cause);
        }
        return OktaTransientException.unanswered("Okta did not answer: " + cause.getClass().getSimpleName(), cause);
    }
}
