package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of attribute paths as a tree of lower-cased names, with what it takes to keep only them in a resource
 * ({@link #keep}) or to remove them ({@link #drop}). An extension attribute hangs under its schema URN, which is a
 * field of the resource. A path written as a bare extension URN ({@code urn:…:enterprise:2.0:User}) is parsed by
 * the SDK as attribute {@code User} of schema {@code urn:…:enterprise:2.0}; both readings are entered, and the
 * resource decides which names anything. Built once, then only read.
 */
final class AttributeTree {

    private final Map<String, AttributeTree> children = new HashMap<>();
    private boolean whole;

    private AttributeTree() {
    }

    static AttributeTree of(Collection<Path> paths) {
        AttributeTree root = new AttributeTree();
        for (Path path : paths) {
            for (List<String> names : readings(path)) {
                root.add(names);
            }
        }
        return root;
    }

    private static List<List<String>> readings(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Element element : path) {
            names.add(lowerCase(element.getAttribute()));
        }
        String schema = path.getSchemaUrn();
        if (!AttributePaths.isExtension(schema)) {
            return List.of(names);
        }
        List<String> inExtension = new ArrayList<>(names);
        inExtension.add(0, lowerCase(schema));
        return names.size() == 1
                ? List.of(inExtension, List.of(lowerCase(schema + ":" + names.get(0))))
                : List.of(inExtension);
    }

    private void add(List<String> names) {
        AttributeTree node = this;
        for (String name : names) {
            node = node.children.computeIfAbsent(name, n -> new AttributeTree());
        }
        node.whole = true;
    }

    /** A copy of {@code source} with only the attributes of this tree. */
    ObjectNode keep(ObjectNode source) {
        ObjectNode kept = source.objectNode();
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            AttributeTree selected = children.get(lowerCase(field.getKey()));
            if (selected != null) {
                selected.keepIn(field.getValue()).ifPresent(value -> kept.set(field.getKey(), value));
            }
        }
        return kept;
    }

    /** What this node keeps of {@code value}: all of it, or the selected sub-attributes if any is present. */
    private Optional<JsonNode> keepIn(JsonNode value) {
        if (whole) {
            return Optional.of(value.deepCopy());
        }
        if (value.isObject()) {
            ObjectNode kept = keep((ObjectNode) value);
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        if (value.isArray()) {
            ArrayNode kept = ((ArrayNode) value).arrayNode();
            for (JsonNode element : value) {
                if (element.isObject()) {
                    ObjectNode keptElement = keep((ObjectNode) element);
                    if (!keptElement.isEmpty()) {
                        kept.add(keptElement);
                    }
                }
            }
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        }
        return Optional.empty();
    }

    /** A copy of {@code source} without the attributes of this tree. */
    ObjectNode drop(ObjectNode source) {
        ObjectNode rest = source.objectNode();
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            AttributeTree excluded = children.get(lowerCase(field.getKey()));
            if (excluded == null) {
                rest.set(field.getKey(), field.getValue().deepCopy());
            } else if (!excluded.whole) {
                rest.set(field.getKey(), excluded.dropFrom(field.getValue()));
            }
        }
        return rest;
    }

    private JsonNode dropFrom(JsonNode value) {
        if (value.isObject()) {
            return drop((ObjectNode) value);
        }
        if (value.isArray()) {
            ArrayNode rest = ((ArrayNode) value).arrayNode();
            for (JsonNode element : value) {
                rest.add(element.isObject() ? drop((ObjectNode) element) : element.deepCopy());
            }
            return rest;
        }
        return value.deepCopy();
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
