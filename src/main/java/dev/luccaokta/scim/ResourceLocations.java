package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.ScimNames;
import java.net.URI;

/**
 * Makes a resource's references absolute for the base URL the request came in on: {@code meta.location},
 * the manager's and the members' {@code $ref}. Works on the copy a projection made, and copies again any
 * nested object it changes, since nested objects are still shared with the snapshot.
 */
final class ResourceLocations {

    private final String base;

    ResourceLocations(URI baseUri) {
        String uri = baseUri.toString();
        this.base = uri.endsWith("/") ? uri : uri + "/";
    }

    ObjectNode resolve(ObjectNode resource, String collectionPath) {
        if (resource.get("meta") instanceof ObjectNode meta) {
            resource.set("meta", meta.deepCopy().put("location", base + collectionPath + resource.path("id").asText()));
        }
        if (resource.get(ScimNames.ENTERPRISE_SCHEMA) instanceof ObjectNode enterprise
                && enterprise.get("manager") instanceof ObjectNode manager && manager.has("$ref")) {
            ObjectNode copy = enterprise.deepCopy();
            ((ObjectNode) copy.get("manager")).put("$ref", base + manager.path("$ref").asText());
            resource.set(ScimNames.ENTERPRISE_SCHEMA, copy);
        }
        if (resource.get("members") instanceof ArrayNode members) {
            ArrayNode copy = members.deepCopy();
            for (JsonNode member : copy) {
                if (member instanceof ObjectNode m && m.has("$ref")) {
                    m.put("$ref", base + m.path("$ref").asText());
                }
            }
            resource.set("members", copy);
        }
        return resource;
    }
}
