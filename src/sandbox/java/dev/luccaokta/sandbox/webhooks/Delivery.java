package dev.luccaokta.sandbox.webhooks;

import java.nio.charset.StandardCharsets;

/**
 * One event's delivery to one endpoint: the body every attempt sends, how many attempts were made and where it
 * stands. Safe for concurrent use.
 *
 * <pre>{@code
 * int attempt = delivery.startAttempt();
 * delivery.settle(DeliveryStatus.DELIVERED);
 * }</pre>
 */
public final class Delivery {
    private final long eventId;
    private final int endpointId;
    private final byte[] body;
    private DeliveryStatus status;
    private int attempts;

    Delivery(long eventId, int endpointId, String body, DeliveryStatus status) {
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.status = status;
    }

    public long eventId() {
        return eventId;
    }

    public int endpointId() {
        return endpointId;
    }

    /** The event as sent: the exact bytes the signature covers. */
    public byte[] body() {
        return body.clone();
    }

    public synchronized DeliveryStatus status() {
        return status;
    }

    public synchronized int attempts() {
        return attempts;
    }

    /** @return the number of this attempt, from 1 */
    public synchronized int startAttempt() {
        return ++attempts;
    }

    /** Delivered or failed, for good; a delivery already settled stays as it was. */
    public synchronized void settle(DeliveryStatus outcome) {
        if (status == DeliveryStatus.SCHEDULED) {
            status = outcome;
        }
    }
}
