package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.utils.StaticUtils;

import java.util.Optional;

/**
 * The value a resource is sorted by (RFC 7644 §3.4.2.3), read once per resource so that sorting compares ready
 * values: strings lower-cased, {@code xsd:dateTime}s as instants, numbers as decimals. In a multi-valued attribute
 * the primary value counts, or else the first; a complex value counts by its {@code value} sub-attribute. Values of
 * different kinds (rare: one attribute has one type) sort by kind.
 */
final class SortKey implements Comparable<SortKey> {

    private enum Kind { BOOLEAN, NUMBER, DATE_TIME, TEXT }

    private final Kind kind;
    private final Comparable<?> value;

    private SortKey(Kind kind, Comparable<?> value) {
        this.kind = kind;
        this.value = value;
    }

    /** The sort key of {@code resource}, or empty when it has no value at {@code sortBy}. */
    static Optional<SortKey> of(ObjectNode resource, Path sortBy) {
        JsonNode node = AttributePaths.isExtension(sortBy.getSchemaUrn())
                ? JsonFields.get(resource, sortBy.getSchemaUrn()) : resource;
        for (Path.Element element : sortBy) {
            node = JsonFields.get(preferred(node), element.getAttribute());
        }
        node = preferred(node);
        if (node.isObject()) {
            node = JsonFields.get(node, "value");
        }
        return of(node);
    }

    private static Optional<SortKey> of(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            return Optional.of(ScimValues.dateTime(text)
                    .map(instant -> new SortKey(Kind.DATE_TIME, instant))
                    .orElseGet(() -> new SortKey(Kind.TEXT, StaticUtils.toLowerCase(text))));
        }
        if (value.isNumber()) {
            return Optional.of(new SortKey(Kind.NUMBER, value.decimalValue()));
        }
        if (value.isBoolean()) {
            return Optional.of(new SortKey(Kind.BOOLEAN, value.booleanValue()));
        }
        return Optional.empty();
    }

    /** The primary element of an array, else its first; any other node as it is. */
    private static JsonNode preferred(JsonNode node) {
        if (!node.isArray()) {
            return node;
        }
        for (JsonNode element : node) {
            if (element.path("primary").asBoolean(false)) {
                return element;
            }
        }
        return node.isEmpty() ? MissingNode.getInstance() : node.get(0);
    }

    @Override
    public int compareTo(SortKey other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : compareSameKind(value, other.value);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Comparable<T>> int compareSameKind(Comparable<?> value, Comparable<?> other) {
        // Same kind, so same class: String, Instant, BigDecimal or Boolean.
        return ((T) value).compareTo((T) other);
    }
}
