package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.data.LuccaDates;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Shorthands for building JSON values with Lucca's conventions ({@code null} for a missing value, dates as
 * {@code yyyy-MM-ddTHH:mm:ss}). The JSON provider is looked up once: {@code jakarta.json.Json} looks it up on every
 * call, which shows when rendering a thousand users.
 */
public final class JsonValues {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonValues() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(value);
    }

    public static JsonValue number(int value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(value.intValue());
    }

    public static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(value);
    }

    public static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    /**
     * A request body that must be one JSON object.
     *
     * @throws InvalidDataException when it is empty, not JSON, or not an object
     */
    public static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidDataException("The body must be a JSON object");
        }
        try (JsonReader reader = PROVIDER.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidDataException("The body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidDataException("The body is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * A member's text, or null when it is absent or null.
     *
     * @throws InvalidDataException when it is not a string
     */
    public static String optionalString(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidDataException(name + " must be a string, not " + value);
    }

    public static JsonValue date(LocalDate value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(LuccaDates.format(value));
    }

    public static JsonValue dateTime(LocalDateTime value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(LuccaDates.format(value));
    }
}
