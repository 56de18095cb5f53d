package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.Map;

/** Field access by SCIM attribute name, which is case-insensitive (RFC 7643 §2.1). */
final class JsonFields {

    private JsonFields() {
    }

    /** The field of {@code node} named {@code name} in any case, or a missing node. */
    static JsonNode get(JsonNode node, String name) {
        JsonNode exact = node.get(name);
        if (exact != null || !node.isObject()) {
            return exact == null ? MissingNode.getInstance() : exact;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return MissingNode.getInstance();
    }
}
