package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.ScimNames;
import dev.luccaokta.scim.protocol.AttributeProjection;
import dev.luccaokta.scim.protocol.ResourceIndex;
import jakarta.enterprise.context.ApplicationScoped;
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
 * {@code /Groups}: the tenant's enabled Lucca organisation levels (departments, establishments, legal units,
 * countries) with their members, from the same snapshot as the users. Read-only: the org structure is
 * managed in Lucca.
 */
@Path("{groups: Groups|groups}")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@ApplicationScoped
public class GroupsResource extends SnapshotCollection {

    private static final String READ_ONLY = "Groups come from Lucca's organisation structure and cannot be changed from Okta";

    @Override
    ResourceIndex index(DirectorySnapshot snapshot) {
        return SnapshotIndex.groups(snapshot);
    }

    /** Every attribute, or all but the members (what Okta asks for when it reads memberships another way). */
    @Override
    Optional<RenderedList.Resources> rendered(DirectorySnapshot snapshot, AttributeProjection projection) {
        if (projection.keepsAll()) {
            return Optional.of((position, out, base) -> snapshot.writeGroup(position, out, base, true));
        }
        return projection.dropsOnly("members")
                ? Optional.of((position, out, base) -> snapshot.writeGroup(position, out, base, false)) : Optional.empty();
    }

    @Override
    Optional<ObjectNode> find(DirectorySnapshot snapshot, String id) {
        return snapshot.group(id);
    }

    @Override
    String collectionPath() {
        return ScimNames.GROUPS_PATH;
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
