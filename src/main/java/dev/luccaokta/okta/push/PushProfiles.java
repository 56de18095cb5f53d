package dev.luccaokta.okta.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.okta.OktaProfile;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user's Okta profile made from the SCIM representation Okta would import, so that both modes send what the one
 * property table says: Okta's base attributes ({@code userName}, {@code email}, {@code firstName}, {@code lastName},
 * {@code mobilePhone}, {@code secondEmail}) from their SCIM places, every other single value under its SCIM name
 * (extensions' included, the manager as {@code managerId}), as a string. The identity source takes no arrays, so the
 * other multi-valued attributes are left out, and its {@code externalId} is Lucca's employee id (the SCIM id).
 */
final class PushProfiles {

    /** SCIM attributes that say nothing about the person, or that Okta sets itself. */
    private static final Set<String> LEFT_OUT = Set.of("schemas", "id", "externalid", "meta", "groups", "password");

    private PushProfiles() {
    }

    /**
     * Whether the person is active: one who left (listed inactive through the grace days, for Okta's SCIM import to
     * deactivate) is deleted from the identity source instead, which has Okta deactivate them on their last day too.
     */
    static boolean active(ObjectNode user) {
        return user.path("active").asBoolean(true);
    }

    /** @throws IllegalArgumentException when the user has no userName or no usable email */
    static OktaProfile of(ObjectNode user) {
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("userName", text(user.get("userName")));
        profile.put("email", firstOf(user.get("emails"), "work", true));
        String home = firstOf(user.get("emails"), "home", false);
        if (home != null && !home.equalsIgnoreCase(profile.get("email"))) {
            profile.put("secondEmail", home);
        }
        JsonNode name = user.path("name");
        profile.put("firstName", text(name.get("givenName")));
        profile.put("lastName", text(name.get("familyName")));
        phones(user.get("phoneNumbers"), profile);
        scalars(user, profile);
        user.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("urn:") && field.getValue().isObject()) {
                extension((ObjectNode) field.getValue(), profile);
            }
        });
        if (profile.get("email") == null && profile.get("userName") != null && profile.get("userName").contains("@")) {
            profile.put("email", profile.get("userName"));
        }
        return new OktaProfile(user.path("id").asText(), profile);
    }

    /**
     * A digest of what a profile says, whatever the order of its attributes: equal digests mean Okta already has it.
     */
    static String hash(OktaProfile profile) {
        StringBuilder canonical = new StringBuilder(profile.externalId()).append('\n');
        new TreeMap<>(profile.attributes()).forEach((name, value) ->
                canonical.append(name).append('=').append(value == null ? "\u0000" : value.replace("\n", "\\n")).append('\n'));
        return Sha256.hex(canonical.toString());
    }

    /** The top level's single values not placed above, under their own names. */
    private static void scalars(ObjectNode node, Map<String, String> profile) {
        node.fields().forEachRemaining(field -> {
            String key = field.getKey();
            if (field.getValue().isValueNode() && !LEFT_OUT.contains(key.toLowerCase(Locale.ROOT))) {
                profile.putIfAbsent(key, text(field.getValue()));
            }
        });
    }

    private static void extension(ObjectNode extension, Map<String, String> profile) {
        scalars(extension, profile);
        JsonNode manager = extension.get("manager");
        if (manager != null && manager.isObject()) {
            profile.putIfAbsent("managerId", text(manager.get("value")));
            profile.putIfAbsent("managerDisplayName", text(manager.get("displayName")));
        }
    }

    /** The mobile as {@code mobilePhone}, the first of each other type as {@code <type>Phone}. */
    private static void phones(JsonNode phones, Map<String, String> profile) {
        if (phones == null || !phones.isArray()) {
            return;
        }
        for (JsonNode phone : phones) {
            String type = phone.path("type").asText("other").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            profile.putIfAbsent(type.isEmpty() ? "otherPhone" : type + "Phone", text(phone.get("value")));
        }
    }

    /** The primary value of a multi-valued attribute, else the first of {@code type}; or null. */
    private static String firstOf(JsonNode values, String type, boolean primaryFirst) {
        if (values == null || !values.isArray()) {
            return null;
        }
        String ofType = null;
        for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (primaryFirst && value.path("primary").asBoolean(false)) {
                return text(value.get("value"));
            }
            if (ofType == null && type.equalsIgnoreCase(value.path("type").asText(""))) {
                ofType = text(value.get("value"));
            }
        }
        return ofType;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
