package dev.luccaokta.sandbox.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A webhook endpoint as stored, immutable: where and what to deliver, its status, and the secret that signs its
 * deliveries (shown to the client once, in the answer to its creation).
 *
 * <pre>{@code
 * WebhookEndpoint suspended = endpoint.withStatus(EndpointStatus.SUSPENDED, clock.instant());
 * }</pre>
 *
 * @param establishmentIds the business establishments whose events it gets; null for all
 */
public record WebhookEndpoint(int id, String name, String apiVersion, URI webhookUrl, List<String> topics,
                              List<Integer> establishmentIds, EndpointStatus status, String secret, Instant createdAt,
                              Instant lastUpdatedAt) {
    public WebhookEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secret, "secret");
        topics = List.copyOf(topics);
        establishmentIds = establishmentIds == null ? null : List.copyOf(establishmentIds);
    }

    /** Whether an event of this topic and establishment is for this endpoint. */
    public boolean subscribesTo(String topic, Integer establishmentId) {
        return topics.contains(topic) && (establishmentIds == null || establishmentIds.contains(establishmentId));
    }

    public WebhookEndpoint withStatus(EndpointStatus newStatus, Instant now) {
        return new WebhookEndpoint(id, name, apiVersion, webhookUrl, topics, establishmentIds, newStatus, secret,
                createdAt, now);
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " " + name + " " + status.code() + " " + webhookUrl + "]";
    }
}
