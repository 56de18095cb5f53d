package dev.luccaokta.sandbox.webhooks;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;

/**
 * An event of the store: its Lucca representation and its deliveries, one per endpoint it was for.
 *
 * <pre>{@code
 * List<String> statuses = event.deliveryStatuses();   // ["delivered", "failed"]
 * }</pre>
 */
public record StoredEvent(long id, Instant occurredAt, JsonObject json, List<Delivery> deliveries) {
    public StoredEvent {
        deliveries = List.copyOf(deliveries);
    }

    /** Its deliveries' statuses, each once: an event matches {@code /lucca-api/events?status=} if one does. */
    public List<String> deliveryStatuses() {
        return deliveries.stream().map(delivery -> delivery.status().code()).distinct().toList();
    }
}
