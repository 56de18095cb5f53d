package dev.luccaokta.okta;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * JSON to and from Okta: requests written by JSON-B from records, answers read by JSON-P and taken apart member by
 * member, so that a member of an unexpected type is ignored rather than failing the whole answer. Answers are read
 * whole, within a size cap, before they reach here.
 */
final class OktaJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private OktaJson() {
    }

    static String write(Object body) {
        return JSONB.toJson(body);
    }

    /** The answer as JSON, or empty when it is not JSON. */
    static Optional<JsonValue> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return Optional.of(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A string member, or null when it is missing or of another type. */
    static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    /** A time member in RFC 3339 form, or null when it is missing or not one. */
    static Instant time(JsonObject object, String name) {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
