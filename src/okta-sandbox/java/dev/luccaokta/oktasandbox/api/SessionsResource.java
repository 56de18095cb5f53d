package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.auth.Scopes;
import dev.luccaokta.oktasandbox.emulator.CurrentSettings;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.oktasandbox.sessions.ImportSessions;
import dev.luccaokta.oktasandbox.sessions.SessionRules;
import dev.luccaokta.oktasandbox.sessions.StagedChange;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * Import sessions and their bulk loads (S1–S5, B1–B6): one root for the whole {@code sessions} path, since JAX-RS
 * picks a single root resource per request.
 */
@Path("api/v1/identity-sources/{sourceId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
    private static final Map<String, Function<JsonObject, StagedChange>> BULK_OPERATIONS = Map.of(
            "bulk-upsert", BulkBodies::upsertUsers,
            "bulk-delete", BulkBodies::deleteUsers,
            "bulk-groups-upsert", BulkBodies::upsertGroups,
            "bulk-groups-delete", BulkBodies::deleteGroups,
            "bulk-group-memberships-upsert", BulkBodies::addMemberships,
            "bulk-group-memberships-delete", BulkBodies::removeMemberships);

    @Inject
    SourceAccess access;

    @Inject
    ImportSessions sessions;

    @Inject
    CurrentSettings settings;

    @POST
    public Response create(@BeanParam ApiRequest call) {
        String source = access.sessions(call, Scopes.MANAGE);
        return Response.status(settings.get().createStatus()).entity(OktaJson.session(sessions.create(source))).build();
    }

    @GET
    public Response list(@BeanParam ApiRequest call) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        sessions.list(access.sessions(call, Scopes.READ)).forEach(session -> list.add(OktaJson.session(session)));
        return Response.ok(list.build()).build();
    }

    @GET
    @Path("{sessionId}")
    public JsonObject get(@BeanParam ApiRequest call, @PathParam("sessionId") String sessionId) {
        return OktaJson.session(sessions.get(access.sessions(call, Scopes.READ), sessionId));
    }

    @DELETE
    @Path("{sessionId}")
    public Response cancel(@BeanParam ApiRequest call, @PathParam("sessionId") String sessionId) {
        sessions.cancel(access.sessions(call, Scopes.MANAGE), sessionId);
        return Response.noContent().build();
    }

    @POST
    @Path("{sessionId}/start-import")
    public JsonObject startImport(@BeanParam ApiRequest call, @PathParam("sessionId") String sessionId) {
        return OktaJson.session(sessions.startImport(access.sessions(call, Scopes.MANAGE), sessionId));
    }

    /** B1–B6: {@code bulk-upsert}, {@code bulk-delete}, {@code bulk-groups-upsert}... (HTTP 202, no body). */
    @POST
    @Path("{sessionId}/{operation: bulk-[a-z-]+}")
    public Response load(@BeanParam ApiRequest call, @PathParam("sessionId") String sessionId,
                         @PathParam("operation") String operation, InputStream body) {
        Function<JsonObject, StagedChange> parse = BULK_OPERATIONS.get(operation);
        if (parse == null) {
            throw OktaApiException.notFound(operation, "Endpoint");
        }
        String source = access.sessions(call, Scopes.MANAGE);
        sessions.stage(source, sessionId, parse.apply(JsonBodies.object(body, SessionRules.MAX_BYTES)));
        return Response.accepted().build();
    }
}
