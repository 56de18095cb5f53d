package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.ScimNames;
import dev.luccaokta.scim.protocol.ResourceIndex;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code /Users}: Lucca's employees as Okta imports them, served from the tenant's snapshot. People are hired
 * and removed in Lucca, so creation and deletion are refused.
 */
@Path("{users: Users|users}")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@RequestScoped
public class UsersResource extends SnapshotCollection {

    @Override
    ResourceIndex index(DirectorySnapshot snapshot) {
        return SnapshotIndex.users(snapshot);
    }

    @Override
    Optional<ObjectNode> find(DirectorySnapshot snapshot, String id) {
        return snapshot.user(id);
    }

    @Override
    String collectionPath() {
        return ScimNames.USERS_PATH;
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
