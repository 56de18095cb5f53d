package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.ScimNames;
import java.net.URI;

/**
 * Makes a resource's references absolute for the base URL the request came in on ({@code meta.location}, the
 * manager's and the members' {@code $ref}), so that they are right behind any proxy. Changes the resource in
 * place: every resource a snapshot hands out is the caller's own copy.
 */
final class ResourceLocations {

    private final String base;

    ResourceLocations(URI baseUri) {
        String uri = baseUri.toString();
        this.base = uri.endsWith("/") ? uri : uri + "/";
    }

    ObjectNode resolve(ObjectNode resource, String collectionPath) {
        if (resource.get("meta") instanceof ObjectNode meta) {
            meta.put("location", base + collectionPath + resource.path("id").asText());
        }
        if (resource.path(ScimNames.ENTERPRISE_SCHEMA).get("manager") instanceof ObjectNode manager && manager.has("$ref")) {
            absolute(manager);
        }
        for (JsonNode member : resource.path("members")) {
            if (member instanceof ObjectNode m && m.has("$ref")) {
                absolute(m);
            }
        }
        return resource;
    }

    /**
     * The inverse for what a client sends back: references to this base become relative again, as the resources
     * are kept, so that a reference Okta returns unchanged compares equal.
     */
    ObjectNode relative(ObjectNode resource) {
        if (resource.path(ScimNames.ENTERPRISE_SCHEMA).get("manager") instanceof ObjectNode manager
                && manager.path("$ref").asText().startsWith(base)) {
            manager.put("$ref", manager.path("$ref").asText().substring(base.length()));
        }
        return resource;
    }

    private void absolute(ObjectNode reference) {
        reference.put("$ref", base + reference.path("$ref").asText());
    }
}
