package dev.luccaokta.oktasandbox.directory;

import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a user profile off the wire. Okta takes strings and {@code null} only: a number, boolean, array or object is
 * refused with a cause naming the attribute.
 */
public final class Profiles {
    private Profiles() {
    }

    public static Map<String, String> strings(JsonValue profile) {
        if (profile == null || profile.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OktaApiException.validation("profile", "The field profile is required and must be an object.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> attribute : ((JsonObject) profile).entrySet()) {
            JsonValue value = attribute.getValue();
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                values.put(attribute.getKey(), ((JsonString) value).getString());
            } else if (value.getValueType() == JsonValue.ValueType.NULL) {
                values.put(attribute.getKey(), null);
            } else {
                throw OktaApiException.validation("profile." + attribute.getKey(), "The attribute '" + attribute.getKey()
                        + "' must be a string or null; numbers, booleans, arrays and objects are not supported.");
            }
        }
        return values;
    }

    /** The profile the per-user endpoints take: strings, with a {@code userName} and an {@code email}. */
    public static Map<String, String> identified(JsonValue profile) {
        Map<String, String> values = strings(profile);
        for (String required : new String[] {"userName", "email"}) {
            String value = values.get(required);
            if (value == null || value.isBlank()) {
                throw OktaApiException.validation("profile." + required, "The field " + required + " is required.");
            }
        }
        return values;
    }
}
