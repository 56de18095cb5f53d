package dev.luccaokta.sandbox.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tenant's webhook endpoints, visible to every OAuth client of the sandbox, and each one's count of failed
 * delivery attempts in a row. Safe for concurrent use.
 *
 * <pre>{@code
 * WebhookEndpoint created = endpoints.create(input, EndpointStatus.ACTIVE);
 * endpoints.find(created.id());
 * }</pre>
 */
public final class WebhookEndpoints {
    /** 48 random bytes make 64 base64url characters, the length of Lucca's secrets. */
    private static final int SECRET_BYTES = 48;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Integer, WebhookEndpoint> endpoints = new TreeMap<>();
    private final Map<Integer, Integer> failuresInARow = new HashMap<>();
    private int lastId;

    public WebhookEndpoints(Clock clock) {
        this.clock = clock;
    }

    /** Stores a new endpoint from a complete input, with the status its challenge earned and a fresh secret. */
    public synchronized WebhookEndpoint create(EndpointInput input, EndpointStatus status) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        WebhookEndpoint endpoint = new WebhookEndpoint(++lastId, input.name(), input.apiVersion(), input.webhookUrl(),
                input.topics(), input.establishmentIds(), status,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), clock.instant(), clock.instant());
        endpoints.put(endpoint.id(), endpoint);
        return endpoint;
    }

    /**
     * Applies the fields present in {@code input}, and {@code status}.
     *
     * @return the endpoint as it now is; empty when it does not exist (any more)
     */
    public synchronized Optional<WebhookEndpoint> patch(int id, EndpointInput input, EndpointStatus status) {
        WebhookEndpoint current = endpoints.get(id);
        if (current == null) {
            return Optional.empty();
        }
        WebhookEndpoint patched = new WebhookEndpoint(id,
                input.name() == null ? current.name() : input.name(),
                input.apiVersion() == null ? current.apiVersion() : input.apiVersion(),
                input.webhookUrl() == null ? current.webhookUrl() : input.webhookUrl(),
                input.topics() == null ? current.topics() : input.topics(),
                input.establishmentsGiven() ? input.establishmentIds() : current.establishmentIds(),
                status, current.secret(), current.createdAt(), clock.instant());
        if (status == EndpointStatus.ACTIVE && current.status() != EndpointStatus.ACTIVE) {
            failuresInARow.remove(id);
        }
        endpoints.put(id, patched);
        return Optional.of(patched);
    }

    public synchronized Optional<WebhookEndpoint> find(int id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    /** Every endpoint by ascending id. */
    public synchronized List<WebhookEndpoint> all() {
        return new ArrayList<>(endpoints.values());
    }

    public synchronized boolean delete(int id) {
        failuresInARow.remove(id);
        return endpoints.remove(id) != null;
    }

    /** A delivery reached the receiver: the count of failures in a row starts again. */
    public synchronized void succeeded(int id) {
        failuresInARow.remove(id);
    }

    /**
     * Counts one more failed attempt in a row; at {@code suspendAfter} the endpoint is suspended.
     *
     * @return whether the endpoint is now suspended
     */
    public synchronized boolean failed(int id, int suspendAfter) {
        int failures = failuresInARow.merge(id, 1, Integer::sum);
        if (failures >= suspendAfter) {
            suspend(id);
        }
        return failures >= suspendAfter;
    }

    /** Suspends an active endpoint: it gets no deliveries until a client sets it active again. */
    public synchronized void suspend(int id) {
        WebhookEndpoint current = endpoints.get(id);
        if (current != null && current.status() == EndpointStatus.ACTIVE) {
            endpoints.put(id, current.withStatus(EndpointStatus.SUSPENDED, clock.instant()));
        }
    }

    /** Removes every endpoint; ids keep counting up, so that an id never names two endpoints. */
    public synchronized void clear() {
        endpoints.clear();
        failuresInARow.clear();
    }
}
