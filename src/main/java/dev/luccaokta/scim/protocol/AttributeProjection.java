package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code attributes} or {@code excludedAttributes} of a request (RFC 7644 §3.4.2.5) applied to a resource:
 * {@link #apply} returns a copy with only the requested attributes, or without the excluded ones. Names are
 * case-insensitive and may be sub-attributes ({@code name.givenName}, {@code emails.value}), extension attributes
 * ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber}) or a whole extension by its
 * URN. {@code id}, {@code schemas} and {@code meta} are always returned. The input is never modified.
 *
 * <pre>{@code
 * AttributeProjection projection = AttributeProjection.parse("userName,name.givenName", null);
 * ObjectNode body = projection.apply(user);
 * }</pre>
 */
public final class AttributeProjection {

    private static final String ATTRIBUTES = "attributes";
    private static final String EXCLUDED_ATTRIBUTES = "excludedAttributes";
    private static final List<String> ALWAYS_RETURNED = List.of("id", "schemas", "meta");
    private static final AttributeProjection ALL = new AttributeProjection(ObjectNode::deepCopy, List.of());

    private final UnaryOperator<ObjectNode> projection;
    /** The paths left out, when the request names some to leave out. */
    private final List<Path> dropped;

    private AttributeProjection(UnaryOperator<ObjectNode> projection, List<Path> dropped) {
        this.projection = projection;
        this.dropped = dropped;
    }

    /** Every attribute: {@link #apply} makes a plain copy. */
    public static AttributeProjection all() {
        return ALL;
    }

    /**
     * Reads the two query parameters, either of which may be null or blank. Giving both is refused: RFC 7644 does
     * not say how they combine, and a guess would surprise someone.
     *
     * @throws BadRequestException {@code invalidValue} when both are given or a path is malformed
     */
    public static AttributeProjection parse(String attributes, String excludedAttributes) throws BadRequestException {
        boolean including = attributes != null && !attributes.isBlank();
        boolean excluding = excludedAttributes != null && !excludedAttributes.isBlank();
        if (including && excluding) {
            throw BadRequestException.invalidValue(
                    ATTRIBUTES + " and " + EXCLUDED_ATTRIBUTES + " cannot be given together");
        }
        if (including) {
            List<Path> kept = new ArrayList<>(AttributePaths.parseList(ATTRIBUTES, attributes));
            kept.addAll(alwaysReturned());
            return new AttributeProjection(AttributeTree.of(kept)::keep, List.of());
        }
        if (excluding) {
            List<Path> dropped = AttributePaths.parseList(EXCLUDED_ATTRIBUTES, excludedAttributes).stream()
                    .filter(path -> !isAlwaysReturned(path))
                    .toList();
            return dropped.isEmpty() ? ALL : new AttributeProjection(AttributeTree.of(dropped)::drop, dropped);
        }
        return ALL;
    }

    /** Whether every attribute is kept, as when the request names none. */
    public boolean keepsAll() {
        return this == ALL;
    }

    /** Whether the request leaves out the core attribute {@code name} and nothing else. */
    public boolean dropsOnly(String name) {
        return dropped.size() == 1 && dropped.get(0).getSchemaUrn() == null && dropped.get(0).size() == 1
                && dropped.get(0).getElement(0).getAttribute().equalsIgnoreCase(name)
                && dropped.get(0).getElement(0).getValueFilter() == null;
    }

    /** A new node holding the projection of {@code resource}. */
    public ObjectNode apply(ObjectNode resource) {
        return projection.apply(resource);
    }

    private static List<Path> alwaysReturned() {
        return ALWAYS_RETURNED.stream().map(name -> Path.root().attribute(name)).toList();
    }

    private static boolean isAlwaysReturned(Path path) {
        Path unqualified = AttributePaths.unqualified(path);
        return unqualified.getSchemaUrn() == null && !unqualified.isRoot()
                && ALWAYS_RETURNED.stream()
                        .anyMatch(name -> name.equalsIgnoreCase(unqualified.getElement(0).getAttribute()));
    }
}
