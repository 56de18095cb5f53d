package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.data.Role;
import dev.luccaokta.sandbox.json.ExtendedDataJson;
import dev.luccaokta.sandbox.json.FieldCatalog;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.LuccaError;
import dev.luccaokta.sandbox.json.RoleJson;
import dev.luccaokta.sandbox.query.FieldSelection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * The Directory v3 reference data any valid key may read: roles, extended data definitions and the calling API key
 * itself; the retired department and legal entity routes answer 410 Gone.
 */
@Path("api/v3")
@RequiresApiKey
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class DirectoryResource {
    @Inject
    EmployeeDirectory directory;
    @Inject
    Clock clock;

    /**
     * Departments and legal entities moved to the organisation structure API; Lucca switched these routes off in
     * September 2026. What Lucca answers there is not documented: the sandbox says Gone, so that a caller notices.
     */
    @GET
    @Path("{retired: (departments|legalentities)(/.*)?}")
    public Response retired(@Context UriInfo uri) {
        JsonObject problem = LuccaError.problem(410, "Gone", "/" + uri.getPath() + " was retired in September 2026: "
                + "read departments from /organization/structure/api/departments and legal units from "
                + "/organization/structure/api/legal-units");
        return Response.status(Response.Status.GONE).type(LuccaError.PROBLEM_JSON).entity(problem).build();
    }

    @GET
    @Path("roles")
    public JsonObject roles(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        return collection(RoleJson.CATALOG, directory.organization().roles(), security, request, uri);
    }

    private <T> JsonObject collection(FieldCatalog<T> catalog, Collection<T> all, SecurityContext security,
                                      Request request, UriInfo uri) {
        JsonArrayBuilder items = catalog.project(RequestParameters.fieldsOnly(uri)).renderAll(all);
        return RequestEnvelopes.of(security, request, uri, clock).collection(items, OptionalInt.empty());
    }

    @GET
    @Path("roles/{id}")
    public JsonObject role(@PathParam("id") String id, @Context SecurityContext security, @Context Request request,
                           @Context UriInfo uri) {
        FieldSelection fields = RequestParameters.fieldsOnly(uri);
        Role role = RequestParameters.id(id).flatMap(directory.organization()::role)
                .orElseThrow(() -> LuccaException.notFound(LuccaError.notFound("Role", id)));
        return RequestEnvelopes.of(security, request, uri, clock).single(RoleJson.CATALOG.project(fields).render(role));
    }

    @GET
    @Path("extendeddatadefinitions")
    public JsonObject extendedDataDefinitions(@Context SecurityContext security, @Context Request request,
                                              @Context UriInfo uri) {
        RequestParameters.none(uri);
        JsonArrayBuilder items = JsonValues.array();
        directory.organization().extendedDataDefinitions()
                .forEach(definition -> items.add(ExtendedDataJson.definition(definition)));
        return RequestEnvelopes.of(security, request, uri, clock).collection(items, OptionalInt.empty());
    }

    @GET
    @Path("apikeys/current")
    public JsonObject currentApiKey(@Context SecurityContext security, @Context Request request,
                                    @Context UriInfo uri) {
        RequestParameters.none(uri);
        ApiKey key = Caller.of(security);
        return RequestEnvelopes.of(security, request, uri, clock).single(JsonValues.object()
                .add("id", key.id())
                .add("name", key.name())
                .add("permissions", RoleJson.permissions(key.permissions()))
                .build());
    }
}
