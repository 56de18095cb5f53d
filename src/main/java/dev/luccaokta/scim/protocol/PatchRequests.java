package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchOpType;
import com.unboundid.scim2.common.messages.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PATCH request (RFC 7644 §3.5.2) read as the SDK's {@link PatchOperation}s, with what Okta and other
 * clients send beside the letter of the RFC: {@code op} in any case ({@code "Replace"}), booleans as the
 * strings {@code "True"}/{@code "False"}, and path-less operations whose value keys are paths
 * ({@code {"name.givenName": "Ana"}}), each applied as an operation with that path. Every path passes the limits
 * of filters ({@link FilterGuard#parsePath}) before the SDK parses it.
 *
 * <pre>{@code
 * ObjectNode patched = PatchRequests.parse(RequestBodies.object(body)).apply(current.deepCopy());
 * }</pre>
 */
public final class PatchRequests {

    static final String PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** More operations than any client sends for one user: a bound on the work a single request can ask for. */
    static final int MAX_OPERATIONS = 100;

    /** A path may hold a filter: it is held to the limits of filters. */
    private static final FilterGuard PATHS = FilterGuard.defaults();

    private final List<PatchOperation> operations;

    private PatchRequests(List<PatchOperation> operations) {
        this.operations = operations;
    }

    public static PatchRequests parse(ObjectNode body) throws ScimException {
        if (!containsText(body.get("schemas"), PATCH_OP_SCHEMA)) {
            throw BadRequestException.invalidSyntax("A PATCH body's schemas must list " + PATCH_OP_SCHEMA);
        }
        JsonNode given = body.get("Operations");
        if (given == null || !given.isArray() || given.isEmpty()) {
            throw BadRequestException.invalidSyntax("A PATCH body needs a non-empty Operations array");
        }
        if (given.size() > MAX_OPERATIONS) {
            throw BadRequestException.invalidSyntax("At most " + MAX_OPERATIONS + " operations per request");
        }
        List<PatchOperation> operations = new ArrayList<>();
        for (JsonNode operation : given) {
            operations.addAll(operations(operation));
        }
        return new PatchRequests(List.copyOf(operations));
    }

    /**
     * Applies the operations in order to the resource, which is changed in place and returned.
     *
     * @throws ScimException the SDK's refusal of an operation; a failure of the SDK on what the client asked (the
     *                       client's operations are all it works from) is refused as {@code invalidValue}
     */
    public ObjectNode apply(ObjectNode resource) throws ScimException {
        for (PatchOperation operation : operations) {
            try {
                operation.apply(resource);
            } catch (RuntimeException e) {
                throw BadRequestException.invalidValue("The " + operation.getOpType().getStringValue() + " operation"
                        + (operation.getPath() == null ? "" : " on " + shown(operation.getPath().toString()))
                        + " cannot be applied to this user: " + reason(e));
            }
        }
        return resource;
    }

    private static List<PatchOperation> operations(JsonNode operation) throws ScimException {
        if (!operation.isObject()) {
            throw BadRequestException.invalidSyntax("Each operation must be a JSON object");
        }
        PatchOpType type = type(operation.get("op"));
        JsonNode path = operation.get("path");
        JsonNode value = operation.get("value");
        if (path != null && !path.isNull()) {
            if (!path.isTextual()) {
                throw BadRequestException.invalidPath("An operation's path must be a string");
            }
            Path parsed = PATHS.parsePath(path.asText());
            if (!parsed.isRoot()) {
                return List.of(create(type, parsed, value));
            }
            // A path naming the resource itself ("" or blanks) is the path-less form: the SDK would apply a scalar
            // value to the root with a null attribute name and fail.
        }
        if (type == PatchOpType.REMOVE) {
            throw BadRequestException.noTarget("A remove operation needs a path");
        }
        if (value == null || !value.isObject()) {
            throw BadRequestException.invalidValue("An operation without a path needs an object value");
        }
        List<PatchOperation> each = new ArrayList<>();
        for (Map.Entry<String, JsonNode> attribute : value.properties()) {
            Path parsed = PATHS.parsePath(attribute.getKey());
            if (parsed.isRoot()) {
                throw BadRequestException.invalidPath("The value of an operation without a path maps attribute paths "
                        + "to values; '" + shown(attribute.getKey()) + "' is no attribute path");
            }
            each.add(create(type, parsed, attribute.getValue()));
        }
        return each;
    }

    private static PatchOperation create(PatchOpType type, Path path, JsonNode value) throws ScimException {
        if (type != PatchOpType.REMOVE && value == null) {
            throw BadRequestException.invalidValue("The " + type.getStringValue() + " operation on " + shown(path.toString())
                    + " needs a value");
        }
        try {
            return PatchOperation.create(type, path, type == PatchOpType.REMOVE ? value : booleans(path.toString(), value));
        } catch (RuntimeException e) {
            throw BadRequestException.invalidValue("The operation on " + shown(path.toString()) + " is not valid: " + reason(e));
        }
    }

    /**
     * The SDK's own words for a refused operation. It wraps its {@code BadRequestException} in an
     * {@code IllegalArgumentException} whose message is the wrapped exception's class name and message: only the
     * innermost message is meant for the client.
     */
    private static String reason(Throwable refusal) {
        Throwable innermost = refusal;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? "it is malformed" : message;
    }

    /** Echoes of a client's path stay short. */
    private static String shown(String path) {
        return path.length() <= 100 ? path : path.substring(0, 100) + "…";
    }

    private static PatchOpType type(JsonNode op) throws BadRequestException {
        String name = op == null || !op.isTextual() ? "" : op.asText().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "add" -> PatchOpType.ADD;
            case "replace" -> PatchOpType.REPLACE;
            case "remove" -> PatchOpType.REMOVE;
            default -> throw BadRequestException.invalidSyntax("An operation's op must be add, replace or remove");
        };
    }

    /** {@code "True"}/{@code "False"} for the boolean attributes of a User become booleans. */
    private static JsonNode booleans(String path, JsonNode value) {
        if (isBooleanAttribute(path) && value.isTextual()) {
            String text = value.asText();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return BooleanNode.valueOf(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
            }
        }
        if (value.isObject()) {
            ObjectNode copy = ((ObjectNode) value).deepCopy();
            copy.properties().forEach(field -> field.setValue(booleans(field.getKey(), field.getValue())));
            return copy;
        }
        return value;
    }

    private static boolean isBooleanAttribute(String path) {
        String last = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf(':')) + 1);
        return last.equalsIgnoreCase("active") || last.equalsIgnoreCase("primary");
    }

    private static boolean containsText(JsonNode array, String text) {
        if (array == null || !array.isArray()) {
            return false;
        }
        for (JsonNode item : array) {
            if (text.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
