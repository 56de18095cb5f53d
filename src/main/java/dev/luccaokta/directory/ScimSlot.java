package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * Where a Lucca property sits in a SCIM User: its path, and (for write planning) reading it (null when the user
 * has no such value) and erasing it, so that what remains of two users can be compared for the values no Lucca
 * property takes.
 */
public sealed interface ScimSlot {

    /** The attribute path, as audit rows and error messages show it. */
    String path();

    JsonNode read(ObjectNode user);

    void erase(ObjectNode user);

    /** A top-level core attribute: {@code title}. */
    static ScimSlot core(String name) {
        return new Attribute(name);
    }

    /** A sub-attribute of {@code name}: {@code name.givenName}. */
    static ScimSlot name(String subAttribute) {
        return new SubAttribute("name", subAttribute, "name." + subAttribute);
    }

    /** An attribute of the enterprise extension, where the connector's custom attributes also live. */
    static ScimSlot extension(String name) {
        return new SubAttribute(ScimNames.ENTERPRISE_SCHEMA, name, ScimNames.ENTERPRISE_SCHEMA + ":" + name);
    }

    /**
     * One typed entry of a multi-valued attribute: {@code phoneNumbers[type eq "work"].value}; with
     * {@code orPrimary}, the primary entry when none has the type.
     */
    static ScimSlot typed(String attribute, String type, String field, boolean orPrimary) {
        return new TypedValue(attribute, type, field, orPrimary);
    }

    record Attribute(String name) implements ScimSlot {
        @Override
        public String path() {
            return name;
        }

        @Override
        public JsonNode read(ObjectNode user) {
            return user.get(name);
        }

        @Override
        public void erase(ObjectNode user) {
            user.remove(name);
        }
    }

    record SubAttribute(String parent, String name, String path) implements ScimSlot {
        @Override
        public JsonNode read(ObjectNode user) {
            JsonNode container = user.get(parent);
            return container instanceof ObjectNode object ? object.get(name) : null;
        }

        @Override
        public void erase(ObjectNode user) {
            if (user.get(parent) instanceof ObjectNode object) {
                object.remove(name);
                if (object.isEmpty()) {
                    user.remove(parent);
                }
            }
        }
    }

    record TypedValue(String attribute, String type, String field, boolean orPrimary) implements ScimSlot {
        @Override
        public String path() {
            return attribute + "[type eq \"" + type + "\"]." + field;
        }

        @Override
        public JsonNode read(ObjectNode user) {
            JsonNode entry = entry(user);
            return entry == null ? null : entry.get(field);
        }

        @Override
        public void erase(ObjectNode user) {
            JsonNode entry = entry(user);
            if (entry != null && user.get(attribute) instanceof ArrayNode entries) {
                for (Iterator<JsonNode> it = entries.iterator(); it.hasNext(); ) {
                    if (it.next() == entry) {
                        it.remove();
                    }
                }
                if (entries.isEmpty()) {
                    user.remove(attribute);
                }
            }
        }

        private JsonNode entry(ObjectNode user) {
            if (!(user.get(attribute) instanceof ArrayNode entries)) {
                return null;
            }
            JsonNode primary = null;
            for (JsonNode entry : entries) {
                if (type.equalsIgnoreCase(entry.path("type").asText())) {
                    return entry;
                }
                if (entry.path("primary").asBoolean(false) || "true".equalsIgnoreCase(entry.path("primary").asText())) {
                    primary = entry;
                }
            }
            return orPrimary ? primary : null;
        }
    }
}
