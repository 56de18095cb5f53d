package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.json.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A webhook endpoint as the Lucca API renders it (§4.2). The {@code secret} appears only in the answer to its
 * creation; {@code activation} (the sandbox's own addition) only in the answer to a create or patch that ran the
 * activation challenge: {@code {"challenge": "passed"|"failed", "detail": "..."}}.
 *
 * <pre>{@code
 * JsonObject created = EndpointJson.render(endpoint, apiBase, true, challenge);
 * }</pre>
 */
public final class EndpointJson {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EndpointJson() {
    }

    /**
     * @param apiBase    the absolute {@code /lucca-api} URI, without a trailing slash
     * @param withSecret whether this is the answer to the endpoint's creation
     * @param challenge  the challenge this request ran, or null
     */
    public static JsonObject render(WebhookEndpoint endpoint, URI apiBase, boolean withSecret,
                                    WebhookClient.Challenge challenge) {
        String base = apiBase.toString();
        JsonArrayBuilder topics = JsonValues.array();
        endpoint.topics().forEach(topics::add);
        JsonObjectBuilder json = JsonValues.object()
                .add("id", Integer.toString(endpoint.id()))
                .add("type", "webhook-endpoint")
                .add("url", base + "/webhook-endpoints/" + endpoint.id())
                .add("name", endpoint.name())
                .add("apiVersion", endpoint.apiVersion())
                .add("webhookUrl", endpoint.webhookUrl().toString())
                .add("topics", topics)
                .add("businessEstablishments", establishments(endpoint, base))
                .add("status", endpoint.status().code())
                .add("contentType", "default")
                .add("createdAt", timestamp(endpoint.createdAt()))
                .add("lastUpdatedAt", timestamp(endpoint.lastUpdatedAt()));
        if (withSecret) {
            json.add("secret", endpoint.secret());
        }
        if (challenge != null) {
            json.add("activation", JsonValues.object().add("challenge", challenge.passed() ? "passed" : "failed")
                    .add("detail", challenge.detail()));
        }
        return json.build();
    }

    private static JsonValue establishments(WebhookEndpoint endpoint, String base) {
        if (endpoint.establishmentIds() == null) {
            return JsonValue.NULL;
        }
        JsonArrayBuilder refs = JsonValues.array();
        endpoint.establishmentIds().forEach(id -> refs.add(JsonValues.object().add("id", id.toString())
                .add("type", "business-establishment").add("url", base + "/business-establishments/" + id)));
        return refs.build();
    }

    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
