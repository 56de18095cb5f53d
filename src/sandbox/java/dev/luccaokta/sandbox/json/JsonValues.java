package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.LuccaDates;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

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

    public static JsonValue date(LocalDate value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(LuccaDates.format(value));
    }

    public static JsonValue dateTime(LocalDateTime value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(LuccaDates.format(value));
    }
}
