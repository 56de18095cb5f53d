package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.data.Permission;
import dev.luccaokta.sandbox.data.UserPatch;
import dev.luccaokta.sandbox.data.WritableField;
import dev.luccaokta.sandbox.json.FieldCatalog;
import dev.luccaokta.sandbox.json.LuccaError;
import dev.luccaokta.sandbox.json.Projection;
import dev.luccaokta.sandbox.json.UserJson;
import dev.luccaokta.sandbox.json.UserPatchJson;
import dev.luccaokta.sandbox.query.Audience;
import dev.luccaokta.sandbox.query.FieldSelection;
import dev.luccaokta.sandbox.query.SearchResult;
import dev.luccaokta.sandbox.query.UserQuery;
import dev.luccaokta.sandbox.query.UserSearch;
import dev.luccaokta.sandbox.webhooks.Webhooks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Directory v3 users: the filtered, paged collection, one user, and the partial update. Reading needs
 * {@code users.read} and shows future employees only with {@code users.readFuture}; updating needs
 * {@code users.edit}, plus {@code departments.admin} to change a department and {@code organization.edit} to change
 * an establishment. Every change made fans out webhook events.
 */
@Path("api/v3/users")
@RequiresApiKey
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class UsersResource {
    @Inject
    EmployeeDirectory directory;
    @Inject
    Clock clock;
    @Inject
    Webhooks webhooks;

    @GET
    public JsonObject list(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        ApiKey caller = Caller.require(security, Permission.USERS_READ);
        UserQuery query = UserQuery.parse(RequestParameters.of(uri));
        Projection<Employee> projection = catalog(uri, caller).project(query.itemFields());
        SearchResult result = UserSearch.run(directory.snapshot(), query, audience(caller));
        return RequestEnvelopes.of(security, request, uri, clock).collection(projection.renderAll(result.page()),
                query.withCount() ? OptionalInt.of(result.total()) : OptionalInt.empty());
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id, @Context SecurityContext security, @Context Request request,
                          @Context UriInfo uri) {
        ApiKey caller = Caller.require(security, Permission.USERS_READ);
        Projection<Employee> projection = catalog(uri, caller).project(RequestParameters.fieldsOnly(uri));
        Employee employee = visible(id, caller);
        return RequestEnvelopes.of(security, request, uri, clock).single(projection.render(employee));
    }

    /** Changes the given fields, all or none; without {@code fields} the answer shows every field. */
    @PUT
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, String body, @Context SecurityContext security,
                             @Context Request request, @Context UriInfo uri) {
        // The answer shows the user file, so editing also takes the right to read it.
        ApiKey caller = Caller.require(security, Permission.USERS_READ);
        Caller.require(caller, Permission.USERS_EDIT);
        FieldSelection fields = RequestParameters.fieldsOnly(uri);
        FieldCatalog<Employee> catalog = catalog(uri, caller);
        Projection<Employee> projection = fields.isEmpty() ? catalog.projectAll() : catalog.project(fields);
        Employee current = visible(id, caller);
        UserPatch patch = UserPatchJson.read(body);
        Employee updated = directory.update(current.id(), before -> {
            Employee after = patch.applyTo(before, directory.organization(),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            Set<WritableField> changed = UserPatch.changedFields(before, after);
            if (changed.contains(WritableField.MANAGER_ID) && after.managerId() != null
                    && directory.find(after.managerId()).filter(audience(caller)::canSee).isEmpty()) {
                // Someone the key cannot see does not exist for it, as in a GET.
                throw LuccaException.badRequest("Unknown manager: no user " + after.managerId());
            }
            if (changed.contains(WritableField.DEPARTMENT_ID)) {
                Caller.require(caller, Permission.DEPARTMENTS_ADMIN);
            }
            if (changed.contains(WritableField.LEGAL_ENTITY_ID)) {
                Caller.require(caller, Permission.ORGANIZATION_EDIT);
            }
            // A request that changes nothing leaves modifiedOn alone, so incremental syncs do not see it.
            return changed.isEmpty() ? before : after;
        }, webhooks.recorder(uri.getBaseUri())).orElseThrow(() -> LuccaException.notFound(LuccaError.notFound("User", id)));
        return RequestEnvelopes.of(security, request, uri, clock).single(projection.render(updated));
    }

    private Employee visible(String id, ApiKey caller) {
        return RequestParameters.id(id).flatMap(directory::find).filter(audience(caller)::canSee)
                .orElseThrow(() -> LuccaException.notFound(LuccaError.notFound("User", id)));
    }

    private Audience audience(ApiKey caller) {
        return new Audience(directory.today(), caller.grants(Permission.USERS_READ_FUTURE));
    }

    /** Rendering for this key: a manager the key may not see (a future employee) is shown as absent. */
    private FieldCatalog<Employee> catalog(UriInfo uri, ApiKey caller) {
        Audience audience = audience(caller);
        return UserJson.catalog(directory.organization(), id -> directory.find(id).filter(audience::canSee),
                uri.getBaseUriBuilder().path("api/v3/users").build());
    }
}
