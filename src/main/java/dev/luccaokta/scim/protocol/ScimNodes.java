package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.CaseIgnoreObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;

import java.util.Map;

/**
 * Resources in the node form the SDK expects. SCIM attribute names are case-insensitive, and the SDK implements
 * that in its nodes ({@link CaseIgnoreObjectNode}, made by {@link JsonUtils#getJsonNodeFactory()} and by
 * {@link JsonUtils#getObjectReader()}), not in its path lookups: on a plain Jackson node, {@code USERNAME eq "x"}
 * finds no {@code userName}. {@link InMemoryResourceIndex} converts what it is given; another
 * {@link ResourceIndex} should hold converted nodes too.
 *
 * <pre>{@code
 * ObjectNode user = ScimNodes.caseIgnoring(builtWithPlainJackson);
 * }</pre>
 */
public final class ScimNodes {

    private static final JsonNodeFactory FACTORY = JsonUtils.getJsonNodeFactory();

    private ScimNodes() {
    }

    /**
     * {@code resource} itself when all its objects already ignore case, else a copy whose objects do (values are
     * immutable, so they are shared). {@code resource} is not modified.
     */
    public static ObjectNode caseIgnoring(ObjectNode resource) {
        return isCaseIgnoring(resource) ? resource : (ObjectNode) copy(resource);
    }

    private static boolean isCaseIgnoring(JsonNode node) {
        if (node.isObject() && !(node instanceof CaseIgnoreObjectNode)) {
            return false;
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && !isCaseIgnoring(child)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode copy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = FACTORY.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey(), copy(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = FACTORY.arrayNode(node.size());
            node.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return node;
    }
}
