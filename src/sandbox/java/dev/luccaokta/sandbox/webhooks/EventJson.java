package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.json.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An event as Lucca renders it (§4.1): {@code id}, {@code type}, {@code url}, {@code topic}, {@code occurredAt},
 * {@code source} (the tenant's base URL), {@code apiVersion}, {@code businessEstablishment},
 * {@code previousAttributes} (top level, on updates only) and {@code data}.
 *
 * <pre>{@code
 * JsonObject event = EventJson.render(42, draft, clock.instant(), URI.create("https://acme.ilucca.net"));
 * }</pre>
 */
public final class EventJson {
    private static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EventJson() {
    }

    /** @param source the sandbox's base URL, without a trailing slash */
    public static JsonObject render(long id, EventDraft draft, Instant occurredAt, URI source) {
        String base = source.toString();
        JsonObjectBuilder event = JsonValues.object()
                .add("id", Long.toString(id))
                .add("type", "event")
                .add("url", base + "/lucca-api/events/" + id)
                .add("topic", draft.topic())
                .add("occurredAt", OCCURRED_AT.format(occurredAt))
                .add("source", base)
                .add("apiVersion", EndpointInput.API_VERSION)
                .add("businessEstablishment", draft.establishmentId() == null ? JsonValue.NULL : JsonValues.object()
                        .add("id", draft.establishmentId().toString())
                        .add("type", "business-establishment")
                        .add("url", base + "/lucca-api/business-establishments/" + draft.establishmentId()).build());
        if (draft.previousAttributes() != null) {
            event.add("previousAttributes", draft.previousAttributes());
        }
        return event.add("data", draft.data()).build();
    }
}
