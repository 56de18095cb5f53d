package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.ScimNames;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.scim.protocol.ListRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /Groups}: the tenant's enabled Lucca organisation levels (departments, establishments, legal units,
 * countries) with their members, from the same snapshot as the users. Read-only: the org structure is
 * managed in Lucca.
 */
@Path("{groups: Groups|groups}")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@RequestScoped
public class GroupsResource {

    private static final String READ_ONLY = "Groups come from Lucca's organisation structure and cannot be changed from Okta";

    @Inject
    AuthenticatedTenant tenant;

    @Inject
    TenantDirectories directories;

    @Inject
    ScimReads reads;

    @Context
    UriInfo uri;

    @GET
    public Response list() throws ScimException {
        ListRequest request = ListRequest.parse(uri.getQueryParameters(), ScimReads.LIMITS);
        return reads.list(SnapshotIndex.groups(reads.snapshotFor(tenant.view(), request)), request, uri, ScimNames.GROUPS_PATH);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
            throws ScimException {
        return reads.get(directories.current(tenant.view()).group(id), id, uri, ScimNames.GROUPS_PATH, ifNoneMatch);
    }

    @POST
    public Response create() throws ScimException {
        throw new ForbiddenException(READ_ONLY);
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException(READ_ONLY);
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException(READ_ONLY);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException(READ_ONLY);
    }
}
