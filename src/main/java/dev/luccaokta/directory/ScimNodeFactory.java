package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;

/**
 * Creates the directory's JSON objects with the SCIM SDK's node factory, whose objects look attributes up
 * ignoring case, as SCIM attribute names are case-insensitive in filters and projections.
 */
final class ScimNodeFactory {

    private static final JsonNodeFactory FACTORY = JsonUtils.getJsonNodeFactory();

    private ScimNodeFactory() {
    }

    static ObjectNode object() {
        return FACTORY.objectNode();
    }
}
