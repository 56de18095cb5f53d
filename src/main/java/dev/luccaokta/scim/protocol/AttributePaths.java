package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;

import java.util.ArrayList;
import java.util.List;

/**
 * Attribute paths given in query parameters ({@code sortBy}, {@code attributes}, {@code excludedAttributes}) and the
 * schema URN that may qualify them. A core schema URN ({@code urn:ietf:params:scim:schemas:core:2.0:User:userName})
 * only repeats the resource's own schema, so it is dropped; an extension URN names the object that holds the
 * extension's attributes.
 */
final class AttributePaths {

    /** Longest accepted parameter: attribute lists are short, and the SDK path parser is not linear. */
    static final int MAX_PARAMETER_LENGTH = 4_000;

    private static final String CORE_SCHEMA_PREFIX = "urn:ietf:params:scim:schemas:core:";

    private AttributePaths() {
    }

    /** Whether {@code schemaUrn} (possibly null) names an extension, whose attributes sit in an object of that name. */
    static boolean isExtension(String schemaUrn) {
        return schemaUrn != null
                && !schemaUrn.regionMatches(true, 0, CORE_SCHEMA_PREFIX, 0, CORE_SCHEMA_PREFIX.length());
    }

    /** {@code path} without a core schema URN; a path in an extension is returned as it is. */
    static Path unqualified(Path path) {
        if (path.getSchemaUrn() == null || isExtension(path.getSchemaUrn())) {
            return path;
        }
        Path unqualified = Path.root();
        for (Path.Element element : path) {
            unqualified = unqualified.attribute(element.getAttribute(), element.getValueFilter());
        }
        return unqualified;
    }

    /**
     * Parses one attribute path of a query parameter.
     *
     * @throws BadRequestException {@code invalidValue} when it is malformed, too long, or has a value filter
     */
    static Path parse(String parameter, String text) throws BadRequestException {
        checkLength(parameter, text);
        String trimmed = text.trim();
        Path path;
        try {
            path = Path.fromString(trimmed);
        } catch (BadRequestException e) {
            throw BadRequestException.invalidValue(
                    "Invalid attribute path '" + trimmed + "' in " + parameter + ": " + e.getMessage());
        }
        for (Path.Element element : path) {
            if (element.getValueFilter() != null) {
                throw BadRequestException.invalidValue(
                        parameter + " takes attribute names without value filters, not '" + trimmed + "'");
            }
        }
        return path;
    }

    /**
     * Parses a comma-separated list of attribute paths; empty items are skipped.
     *
     * @throws BadRequestException {@code invalidValue} when an item is malformed or the list too long
     */
    static List<Path> parseList(String parameter, String text) throws BadRequestException {
        checkLength(parameter, text);
        List<Path> paths = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                paths.add(parse(parameter, item));
            }
        }
        return List.copyOf(paths);
    }

    private static void checkLength(String parameter, String text) throws BadRequestException {
        if (text.length() > MAX_PARAMETER_LENGTH) {
            throw BadRequestException.invalidValue(parameter + " is " + text.length()
                    + " characters long; at most " + MAX_PARAMETER_LENGTH + " are accepted");
        }
    }
}
