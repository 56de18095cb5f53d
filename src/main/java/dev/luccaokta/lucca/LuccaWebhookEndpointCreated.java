package dev.luccaokta.lucca;

import java.util.Objects;

/**
 * A webhook endpoint just declared on Lucca, with the secret that signs its events: Lucca shows it in this answer
 * only, so the caller seals it at once. {@link #toString()} leaves the secret out.
 *
 * <pre>{@code
 * LuccaWebhookEndpointCreated created = gateway.createWebhookEndpoint(instance, "Okta", url, topics);
 * store(created.endpoint().id(), seal(created.secret()));
 * }</pre>
 */
public record LuccaWebhookEndpointCreated(LuccaWebhookEndpoint endpoint, String secret) {

    public LuccaWebhookEndpointCreated {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        // The secret stays out of log lines and error messages.
        return "LuccaWebhookEndpointCreated[" + endpoint + "]";
    }
}
