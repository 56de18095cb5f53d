package dev.luccaokta.okta;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user as the connector pushes it to an identity source: its {@code externalId} (Lucca's immutable employee id)
 * and its app-user profile, every value a string or null (Okta takes no other type and no arrays), with
 * {@code userName} and {@code email} present, as Okta's per-user calls require and as a bulk upsert needs to create
 * anything but an empty user. A null value clears the attribute. Messages name the attribute at fault, never a
 * value: values are personal data.
 *
 * <pre>{@code
 * OktaProfile jane = new OktaProfile("LUCCA-4711", Map.of("userName", "jane.doe@acme.fr", "email", "jane.doe@acme.fr"));
 * }</pre>
 */
public record OktaProfile(String externalId, Map<String, String> attributes) {

    static final int MAX_EXTERNAL_ID = 512;
    private static final int MAX_USER_NAME = 100;
    private static final int MAX_EMAIL = 100;
    private static final int MIN_EMAIL = 5;

    public OktaProfile {
        checkExternalId(externalId, MAX_EXTERNAL_ID);
        Objects.requireNonNull(attributes, "attributes");
        Map<String, String> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An attribute of " + externalId + " has no name");
            }
            copy.put(name, value);
        });
        attributes = Collections.unmodifiableMap(copy);
        String userName = attributes.get("userName");
        if (userName == null || userName.isBlank() || userName.length() > MAX_USER_NAME) {
            throw new IllegalArgumentException("The userName of " + externalId + " is missing or longer than "
                    + MAX_USER_NAME + " characters");
        }
        String email = attributes.get("email");
        if (email == null || email.length() < MIN_EMAIL || email.length() > MAX_EMAIL || email.indexOf('@') < 1) {
            throw new IllegalArgumentException("The email of " + externalId + " is missing or not an address of "
                    + MIN_EMAIL + " to " + MAX_EMAIL + " characters");
        }
    }

    /** A profile from JSON, refused when a value is not a string or null (a number, a boolean, an array). */
    public static OktaProfile fromJson(String externalId, JsonObject profile) {
        Map<String, String> attributes = new LinkedHashMap<>();
        profile.forEach((name, value) -> {
            if (value instanceof JsonString string) {
                attributes.put(name, string.getString());
            } else if (value.getValueType() == JsonValue.ValueType.NULL) {
                attributes.put(name, null);
            } else {
                throw new IllegalArgumentException("The attribute " + name + " of " + externalId + " is "
                        + value.getValueType().name().toLowerCase(java.util.Locale.ROOT)
                        + ": Okta takes strings and nulls only");
            }
        });
        return new OktaProfile(externalId, attributes);
    }

    /** An external id as Okta takes it: 1 to {@code max} characters, none of them a control character. */
    static String checkExternalId(String externalId, int max) {
        if (externalId == null || externalId.isEmpty() || externalId.length() > max
                || externalId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An external id has 1 to " + max + " characters, none a control one");
        }
        return externalId;
    }
}
