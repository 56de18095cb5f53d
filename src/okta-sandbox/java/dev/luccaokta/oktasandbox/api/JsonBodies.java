package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request bodies as hostile input: whole but capped, then parsed; no body, a body over the cap, or one that is
 * not a JSON object is Okta's 400, and so is a field of the wrong type.
 */
final class JsonBodies {
    /** The cap on bodies that have no limit of Okta's own. */
    static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private JsonBodies() {
    }

    static JsonObject object(InputStream body, int maxBytes) {
        byte[] bytes = bytes(body, maxBytes);
        if (bytes.length == 0) {
            throw OktaApiException.malformed("The request body is required.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // Parsson refuses input nested too deeply with a bare RuntimeException, beside its JsonExceptions.
            throw OktaApiException.malformed("The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OktaApiException.malformed("The request body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    private static byte[] bytes(InputStream body, int maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw OktaApiException.validation("payload",
                        "The request body exceeds " + maxBytes / 1024 + " KB.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(JsonObject object, String name, int maxLength) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString text) || text.getString().isBlank() || text.getString().length() > maxLength) {
            throw OktaApiException.validation(name, "The field " + name + " is required: a string of 1 to "
                    + maxLength + " characters.");
        }
        return text.getString();
    }

    /** An optional string field: {@code null} when absent or null. */
    static String optionalString(JsonObject object, String name, int maxLength) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : string(object, name, maxLength);
    }

    /** A non-empty array of objects (the entities of a bulk request). */
    static List<JsonObject> objects(JsonObject body, String name) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue item : array(body, name)) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw OktaApiException.validation(name, "Every item of " + name + " must be an object.");
            }
            objects.add(item.asJsonObject());
        }
        return objects;
    }

    /** A non-empty array of strings of at most {@code maxLength} characters. */
    static List<String> strings(JsonObject body, String name, int maxLength) {
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array(body, name)) {
            if (!(item instanceof JsonString text) || text.getString().isBlank() || text.getString().length() > maxLength) {
                throw OktaApiException.validation(name, "Every item of " + name + " must be a string of 1 to "
                        + maxLength + " characters.");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private static JsonArray array(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw OktaApiException.validation(name, "The field " + name + " is required and must not be empty.");
        }
        return array;
    }

    static boolean flag(JsonObject object, String name, boolean fallback) {
        JsonValue value = object.get(name);
        if (value == null) {
            return fallback;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw OktaApiException.validation(name, "The field " + name + " must be true or false.");
        }
        return value == JsonValue.TRUE;
    }

    static long number(JsonObject object, String name, long fallback) {
        JsonValue value = object.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw OktaApiException.validation(name, "The field " + name + " must be a whole number.");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw OktaApiException.validation(name, "The field " + name + " is out of range.");
        }
    }
}
