package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.utils.JsonUtils;

/**
 * Request bodies read strictly: one JSON object, no trailing content, no repeated member names (which parsers
 * resolve differently, a classic way to smuggle a value past a check).
 *
 * <pre>{@code
 * ObjectNode user = RequestBodies.object(body);   // BadRequestException invalidSyntax otherwise
 * }</pre>
 */
public final class RequestBodies {

    private static final ObjectReader READER = JsonUtils.getObjectReader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RequestBodies() {
    }

    public static ObjectNode object(String body) throws BadRequestException {
        if (body == null || body.isBlank()) {
            throw BadRequestException.invalidSyntax("The request has no body: send a JSON object");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw BadRequestException.invalidSyntax("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw BadRequestException.invalidSyntax("The body must be a JSON object");
        }
        return object;
    }
}
