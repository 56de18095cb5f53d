package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaRef;
import java.time.LocalDateTime;

/**
 * A SCIM User being written: the core attributes and, created on first use, the enterprise extension.
 * Absent Lucca values are left out rather than written as null, as Okta expects.
 */
final class UserRepresentation {

    private final ObjectNode root = ScimNodeFactory.object();
    private ObjectNode extension;

    ObjectNode root() {
        return root;
    }

    void core(String name, String value) {
        if (value != null) {
            root.put(name, value);
        }
    }

    /** Adds a {@code {value, type}} entry to a multi-valued core attribute such as {@code phoneNumbers}. */
    void coreValue(String attribute, String valueName, String value, String type) {
        if (value != null && !value.isBlank()) {
            ArrayNode values = root.has(attribute) ? (ArrayNode) root.get(attribute) : root.putArray(attribute);
            values.addObject().put(valueName, value).put("type", type);
        }
    }

    void extension(String name, String value) {
        if (value != null) {
            extension().put(name, value);
        }
    }

    /** Dates go to Okta as {@code yyyy-MM-dd}: Lucca's are days stored as midnight date-times. */
    void extensionDate(String name, LocalDateTime value) {
        if (value != null) {
            extension().put(name, value.toLocalDate().toString());
        }
    }

    /** A compound value becomes its name, with the Lucca id in a sibling {@code <name>Id}. */
    void extensionReference(String name, LuccaRef value) {
        if (value != null && value.id() != null) {
            extension().put(name, value.name());
            extension().put(name + "Id", value.id());
        }
    }

    ObjectNode extension() {
        if (extension == null) {
            extension = root.putObject(ScimNames.ENTERPRISE_SCHEMA);
        }
        return extension;
    }

    boolean hasExtension() {
        return extension != null;
    }
}
