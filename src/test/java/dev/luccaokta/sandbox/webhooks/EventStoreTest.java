package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreTest {
    private static final URI SOURCE = URI.create("https://acme.ilucca.net");
    private static final EventDraft UPDATE = new EventDraft("employee.updated",
            JsonValues.object().add("id", "10").build(), JsonValues.object().add("givenName", "Zoe").build(), 1);

    private final MovableClock clock = new MovableClock();
    private final Instant start = clock.instant();
    private final EventStore store = new EventStore(clock, Duration.ofDays(60));

    private WebhookEndpoint endpoint(int id, EndpointStatus status, List<String> topics,
                                            List<Integer> establishments) {
        return new WebhookEndpoint(id, "Receiver " + id, EndpointInput.API_VERSION,
                URI.create("https://receiver.example/" + id), topics, establishments, status, "secret", start, start);
    }

    @Test
    void eventsAreKeptOnlyWhileSomeEndpointKeepsHistory() {
        List<WebhookEndpoint> inactive = List.of(endpoint(1, EndpointStatus.INACTIVE, List.of("employee.updated"), null));

        assertThat(store.record(List.of(UPDATE), SOURCE, inactive)).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void eachSubscribedEndpointGetsADeliveryAndASuspendedOneFailsAtOnce() {
        List<WebhookEndpoint> endpoints = List.of(
                endpoint(1, EndpointStatus.ACTIVE, List.of("employee.updated"), null),
                endpoint(2, EndpointStatus.SUSPENDED, List.of("employee.updated"), null),
                endpoint(3, EndpointStatus.ACTIVE, List.of("employee.created"), null),
                endpoint(4, EndpointStatus.ACTIVE, List.of("employee.updated"), List.of(2)));

        List<Delivery> toSend = store.record(List.of(UPDATE), SOURCE, endpoints);

        assertThat(toSend).extracting(Delivery::endpointId).containsExactly(1);
        StoredEvent event = store.all().get(0);
        assertThat(event.deliveries()).extracting(Delivery::endpointId).containsExactly(1, 2);
        assertThat(event.deliveryStatuses()).containsExactlyInAnyOrder("scheduled", "failed");
    }

    @Test
    void anEventIsRenderedWithItsEnvelopeAndIncreasingIds() {
        List<WebhookEndpoint> endpoints = List.of(endpoint(1, EndpointStatus.ACTIVE, List.of("employee.updated"), null));
        store.record(List.of(UPDATE, UPDATE), SOURCE, endpoints);
        store.clear();
        store.record(List.of(UPDATE), SOURCE, endpoints);

        StoredEvent event = store.all().get(0);
        assertThat(event.id()).isEqualTo(3);
        assertThat(event.json().getString("url")).isEqualTo("https://acme.ilucca.net/lucca-api/events/3");
        assertThat(event.json().getString("source")).isEqualTo("https://acme.ilucca.net");
        assertThat(event.json().getString("occurredAt")).isEqualTo("2026-03-10T09:00:00.000Z");
        assertThat(event.json().getJsonObject("previousAttributes").getString("givenName")).isEqualTo("Zoe");
        assertThat(event.json().getJsonObject("businessEstablishment").getString("id")).isEqualTo("1");
    }

    @Test
    void eventsOlderThanTheRetentionAreDropped() {
        List<WebhookEndpoint> endpoints = List.of(endpoint(1, EndpointStatus.ACTIVE, List.of("employee.updated"), null));
        store.record(List.of(UPDATE), SOURCE, endpoints);
        clock.advance(Duration.ofDays(30));
        store.record(List.of(UPDATE), SOURCE, endpoints);

        clock.advance(Duration.ofDays(30).plusSeconds(1));

        assertThat(store.all()).extracting(StoredEvent::id).containsExactly(2L);
        assertThat(store.find(1)).isEmpty();
    }
}
