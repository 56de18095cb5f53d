package dev.luccaokta.sandbox.webhooks;

import jakarta.json.JsonObject;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tenant's event history. Events are stored only while some endpoint keeps history (active or suspended; an
 * inactive endpoint keeps none), each with one delivery per endpoint it is for: {@code scheduled} for an active
 * endpoint, {@code failed} at once for a suspended one. Events older than the retention are dropped. Ids are
 * increasing numbers that keep counting across {@link #clear()}, so that no id ever names two events. Safe for
 * concurrent use.
 *
 * <pre>{@code
 * List<Delivery> toSend = store.record(drafts, source, endpoints.all());
 * }</pre>
 */
public final class EventStore {
    private final Clock clock;
    private final Duration retention;
    private final NavigableMap<Long, StoredEvent> events = new TreeMap<>();
    private long lastId;

    public EventStore(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Stores the events of one change.
     *
     * @param source    the sandbox's base URL, the events' {@code source}
     * @param endpoints every endpoint of the tenant, as they are now
     * @return the deliveries to make (those of active endpoints), in event order
     */
    public synchronized List<Delivery> record(List<EventDraft> drafts, URI source, List<WebhookEndpoint> endpoints) {
        dropExpired();
        if (endpoints.stream().noneMatch(endpoint -> endpoint.status().keepsHistory())) {
            return List.of();
        }
        List<Delivery> toSend = new ArrayList<>();
        Instant now = clock.instant();
        for (EventDraft draft : drafts) {
            long id = ++lastId;
            JsonObject json = EventJson.render(id, draft, now, source);
            String body = json.toString();
            List<Delivery> deliveries = new ArrayList<>();
            for (WebhookEndpoint endpoint : endpoints) {
                if (endpoint.status().keepsHistory() && endpoint.subscribesTo(draft.topic(), draft.establishmentId())) {
                    boolean active = endpoint.status() == EndpointStatus.ACTIVE;
                    Delivery delivery = new Delivery(id, endpoint.id(), body,
                            active ? DeliveryStatus.SCHEDULED : DeliveryStatus.FAILED);
                    deliveries.add(delivery);
                    if (active) {
                        toSend.add(delivery);
                    }
                }
            }
            events.put(id, new StoredEvent(id, now, json, deliveries));
        }
        return List.copyOf(toSend);
    }

    /** Every event kept, by ascending id. */
    public synchronized List<StoredEvent> all() {
        dropExpired();
        return new ArrayList<>(events.values());
    }

    public synchronized Optional<StoredEvent> find(long id) {
        dropExpired();
        return Optional.ofNullable(events.get(id));
    }

    public synchronized void clear() {
        events.clear();
    }

    private void dropExpired() {
        Instant oldest = clock.instant().minus(retention);
        events.values().removeIf(event -> event.occurredAt().isBefore(oldest));
    }
}
