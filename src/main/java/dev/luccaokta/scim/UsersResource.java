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
 * {@code /Users}: Lucca's employees as Okta imports them, served from the tenant's snapshot. People are hired
 * and removed in Lucca, so creation and deletion are refused.
 */
@Path("{users: Users|users}")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@RequestScoped
public class UsersResource {

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
        return reads.list(SnapshotIndex.users(reads.snapshotFor(tenant.view(), request)), request, uri, ScimNames.USERS_PATH);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
            throws ScimException {
        return reads.get(directories.current(tenant.view()).user(id), id, uri, ScimNames.USERS_PATH, ifNoneMatch);
    }

    @POST
    public Response create() throws ScimException {
        throw new ForbiddenException("People are hired in Lucca: this connector does not create users");
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException("People leave through their contract in Lucca: this connector does not delete "
                + "users; Okta deactivates them when Lucca shows them inactive");
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException("Okta to Lucca synchronisation is not enabled for this tenant");
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id) throws ScimException {
        throw new ForbiddenException("Okta to Lucca synchronisation is not enabled for this tenant");
    }
}
