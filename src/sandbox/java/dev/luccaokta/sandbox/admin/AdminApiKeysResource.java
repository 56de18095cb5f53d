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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates API keys with chosen permissions, for tests that need a combination the fixed keys do not offer, and changes
 * any key's permissions, for tests where a customer's key silently loses some. Created keys and changes last until the
 * next reset.
 */
@Path("sandbox/apikeys")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class AdminApiKeysResource {
    private static final Logger LOG = Logger.getLogger(AdminApiKeysResource.class.getName());

    @Inject
    ApiKeyRegistry apiKeys;

    /** Body {@code {"name": "...", "permissions": ["users.read", ...]}}; answers 201 with the new key. */
    @POST
    public Response create(String body) {
        JsonObject request = AdminJson.object(body);
        AdminJson.onlyFields(request, "name", "permissions");
        ApiKey key = apiKeys.create(name(request.get("name")), permissions(request.get("permissions")));
        return Response.status(Response.Status.CREATED).entity(json(key)).build();
    }

    /**
     * Body {@code {"permissions": ["users.read", ...]}}: the key has these in place of its own from its next request
     * on, as when a Lucca administrator edits a key in use. Answers the key as it now is.
     */
    @PUT
    @Path("{key}/permissions")
    public JsonObject changePermissions(@PathParam("key") String key, String body) {
        JsonObject request = AdminJson.object(body);
        AdminJson.onlyFields(request, "permissions");
        if (!request.containsKey("permissions")) {
            throw LuccaException.badRequest("permissions is required: an array of permission codes, empty for none");
        }
        ApiKey changed = apiKeys.changePermissions(key, permissions(request.get("permissions")))
                .orElseThrow(() -> LuccaException.notFound("No such API key"));
        LOG.info(() -> changed + " now has the permissions " + changed.permissions());
        return json(changed);
    }

    private static JsonObject json(ApiKey key) {
        return JsonValues.object()
                .add("key", key.key())
                .add("id", key.id())
                .add("name", key.name())
                .add("permissions", RoleJson.permissions(key.permissions()))
                .build();
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
