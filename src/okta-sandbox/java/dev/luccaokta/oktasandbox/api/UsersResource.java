package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.auth.Scopes;
import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.Profiles;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The per-user endpoints (U1–U5), applied at once: create or replace (POST, PUT), merge (PATCH), read, and
 * deactivate (DELETE). Profiles need a {@code userName} and an {@code email}.
 */
@Path("api/v1/identity-sources/{sourceId}/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    SourceAccess access;

    @Inject
    Directory directory;

    @POST
    public JsonObject create(@BeanParam ApiRequest call, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        JsonObject user = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        String externalId = JsonBodies.string(user, "externalId", BulkBodies.USER_ID_LENGTH);
        return OktaJson.appUser(directory.upsert(source, externalId, Profiles.identified(user.get("profile"))));
    }

    @GET
    @Path("{externalId}")
    public JsonObject get(@BeanParam ApiRequest call, @PathParam("externalId") String externalId) {
        String source = access.entities(call, Scopes.READ);
        return OktaJson.appUser(directory.user(source, externalId).orElseThrow(() -> unknown(externalId)));
    }

    @PUT
    @Path("{externalId}")
    public JsonObject replace(@BeanParam ApiRequest call, @PathParam("externalId") String externalId, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        JsonObject user = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        return OktaJson.appUser(directory.upsert(source, externalId, Profiles.identified(user.get("profile"))));
    }

    @PATCH
    @Path("{externalId}")
    public JsonObject merge(@BeanParam ApiRequest call, @PathParam("externalId") String externalId, InputStream body) {
        String source = access.entities(call, Scopes.MANAGE);
        JsonObject user = JsonBodies.object(body, JsonBodies.DEFAULT_MAX_BYTES);
        return OktaJson.appUser(directory.patch(source, externalId, Profiles.identified(user.get("profile")))
                .orElseThrow(() -> unknown(externalId)));
    }

    @DELETE
    @Path("{externalId}")
    public Response deactivate(@BeanParam ApiRequest call, @PathParam("externalId") String externalId) {
        if (!directory.deactivate(access.entities(call, Scopes.MANAGE), externalId)) {
            throw unknown(externalId);
        }
        return Response.noContent().build();
    }

    private static OktaApiException unknown(String externalId) {
        return OktaApiException.notFound(externalId, "IdentitySourceUser");
    }
}
