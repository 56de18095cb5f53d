package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.api.LuccaException;
import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.auth.ApiKeyRegistry;
import dev.luccaokta.sandbox.data.Permission;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.RoleJson;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.Set;

/**
 * Creates API keys with chosen permissions, for tests that need a combination the fixed keys do not offer. Created
 * keys last until the next reset.
 */
@Path("sandbox/apikeys")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class AdminApiKeysResource {
    @Inject
    ApiKeyRegistry apiKeys;

    /** Body {@code {"name": "...", "permissions": ["users.read", ...]}}; answers 201 with the new key. */
    @POST
    public Response create(String body) {
        JsonObject request = AdminJson.object(body);
        for (String field : request.keySet()) {
            if (!field.equals("name") && !field.equals("permissions")) {
                throw LuccaException.badRequest("Unknown field '" + field + "': expected name and permissions");
            }
        }
        ApiKey key = apiKeys.create(name(request.get("name")), permissions(request.get("permissions")));
        JsonObject created = JsonValues.object()
                .add("key", key.key())
                .add("id", key.id())
                .add("name", key.name())
                .add("permissions", RoleJson.permissions(key.permissions()))
                .build();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    private static String name(JsonValue value) {
        if (value instanceof JsonString name && !name.getString().isBlank()) {
            return name.getString().trim();
        }
        throw LuccaException.badRequest("name must be a non-blank string");
    }

    private static Set<Permission> permissions(JsonValue value) {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof JsonArray codes)) {
            throw LuccaException.badRequest("permissions must be an array of permission codes");
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (JsonValue code : codes) {
            if (!(code instanceof JsonString text)) {
                throw LuccaException.badRequest("permissions must be an array of permission codes, found " + code);
            }
            permissions.add(Permission.fromCode(text.getString()).orElseThrow(() -> LuccaException.badRequest(
                    "Unknown permission code '" + text.getString() + "'")));
        }
        return permissions;
    }
}
