package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The resource a {@code PUT} asks for (RFC 7644 §3.5.1): the attributes it sends replace the current ones, and
 * attributes it leaves out are taken as not asserted, so they keep their values (the RFC lets a service provider
 * choose; an HR record must not lose data because a client did not know an attribute). Within {@code name} and
 * extension objects the same holds one level down. An explicit {@code null} clears.
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
            } else {
                merged.set(name, value);
            }
        }
        return merged;
    }
}
