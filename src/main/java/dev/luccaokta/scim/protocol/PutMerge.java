package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The resource a {@code PUT} asks for (RFC 7644 §3.5.1): the attributes it sends replace the current ones, and
 * attributes it leaves out are taken as not asserted, so they keep their values (the RFC lets a service provider
 * choose; an HR record must not lose data because a client did not know an attribute). Within {@code name} and
 * extension objects the same holds one level down, and within typed multi-valued attributes entry by type (a
 * request sending only the mobile number keeps the work number). An explicit {@code null} or {@code ""} clears.
 *
 * <pre>{@code
 * ObjectNode desired = PutMerge.merge(current, RequestBodies.object(body));
 * }</pre>
 */
public final class PutMerge {

    private static final Set<String> MERGED_OBJECTS = Set.of("name");
    private static final String SCHEMA_URN = "urn:";

    private PutMerge() {
    }

    public static ObjectNode merge(ObjectNode current, ObjectNode requested) {
        ObjectNode merged = current.deepCopy();
        for (Map.Entry<String, JsonNode> attribute : requested.properties()) {
            String name = attribute.getKey();
            JsonNode value = attribute.getValue();
            boolean mergedObject = MERGED_OBJECTS.contains(name) || name.startsWith(SCHEMA_URN);
            if (mergedObject && value.isObject() && merged.get(name) instanceof ObjectNode existing) {
                value.properties().forEach(sub -> existing.set(sub.getKey(), sub.getValue()));
            } else if (value instanceof ArrayNode entries && merged.get(name) instanceof ArrayNode existing && isTyped(entries)) {
                merged.set(name, mergeByType(existing, entries));
            } else {
                merged.set(name, value);
            }
        }
        return merged;
    }

    /**
     * A multi-valued attribute whose entries carry a {@code type} ({@code phoneNumbers}, {@code addresses},
     * {@code emails}) is merged entry by entry: an entry replaces the fields it sends in the current entry of the
     * same type, and a type the request does not send is not asserted, so kept.
     */
    private static ArrayNode mergeByType(ArrayNode current, ArrayNode requested) {
        ArrayNode merged = current.deepCopy();
        for (JsonNode entry : requested) {
            String type = entry.path("type").asText();
            ObjectNode same = null;
            for (JsonNode candidate : merged) {
                if (candidate instanceof ObjectNode object && type.equalsIgnoreCase(candidate.path("type").asText())) {
                    same = object;
                }
            }
            if (same == null) {
                merged.add(entry);
            } else {
                ObjectNode target = same;
                entry.properties().forEach(field -> target.set(field.getKey(), field.getValue()));
            }
        }
        return merged;
    }

    private static boolean isTyped(ArrayNode entries) {
        for (JsonNode entry : entries) {
            if (!entry.isObject() || !entry.path("type").isTextual()) {
                return false;
            }
        }
        return true;
    }
}
