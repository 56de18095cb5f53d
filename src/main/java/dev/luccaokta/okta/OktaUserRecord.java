package dev.luccaokta.okta;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user as an identity source holds it in Okta: Okta's id of the app user ({@code 0ua...}), its external id, its
 * profile (a value Okta sent as another type than string or null is kept as its JSON text) and its times.
 */
public record OktaUserRecord(String id, String externalId, Map<String, String> profile, Instant created,
                             Instant lastUpdated) {

    /** The user in an answer; empty when the answer is not an object with an external id. */
    static Optional<OktaUserRecord> of(JsonValue answer) {
        if (!(answer instanceof JsonObject json) || OktaJson.text(json, "externalId") == null) {
            return Optional.empty();
        }
        Map<String, String> profile = new LinkedHashMap<>();
        if (json.get("profile") instanceof JsonObject values) {
            values.forEach((name, value) -> profile.put(name, value instanceof JsonString string ? string.getString()
                    : value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString()));
        }
        return Optional.of(new OktaUserRecord(OktaJson.text(json, "id"), OktaJson.text(json, "externalId"),
                Collections.unmodifiableMap(profile), OktaJson.time(json, "created"),
                OktaJson.time(json, "lastUpdated")));
    }
}
