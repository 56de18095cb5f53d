package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.ScimNames;
import dev.luccaokta.scim.protocol.AttributeProjection;
import dev.luccaokta.scim.protocol.ETags;
import dev.luccaokta.scim.protocol.PatchRequests;
import dev.luccaokta.scim.protocol.PutMerge;
import dev.luccaokta.scim.protocol.RequestBodies;
import dev.luccaokta.scim.protocol.ResourceIndex;
import dev.luccaokta.web.RequestId;
import dev.luccaokta.writeback.UserEdit;
import dev.luccaokta.writeback.WritePermit;
import dev.luccaokta.writeback.UserWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code /Users}: Lucca's employees as Okta imports them, served from the tenant's snapshot, and Okta's changes
 * written back to Lucca where the tenant allows it. People are hired and removed in Lucca, so creation and
 * deletion are refused.
 */
@Path("{users: Users|users}")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@ApplicationScoped
public class UsersResource extends SnapshotCollection {

    @Inject
    UserWriter writer;

    @Inject
    RequestId requestId;

    @Override
    ResourceIndex index(DirectorySnapshot snapshot) {
        return SnapshotIndex.users(snapshot);
    }

    @Override
    Optional<RenderedList.Resources> rendered(DirectorySnapshot snapshot, AttributeProjection projection) {
        return projection.keepsAll() ? Optional.of(snapshot::writeUser) : Optional.empty();
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

    /** Okta's whole user: the writable values that differ go to Lucca, the others are ignored (RFC 7644 §3.5.1). */
    @PUT
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Context UriInfo uri, InputStream body) throws ScimException {
        WritePermit permit = writer.authorize(tenant.view(), id, "PUT", requestId.value());
        ObjectNode requested = read(permit, () -> RequestBodies.object(RequestBodyLimit.text(body)));
        ResourceLocations locations = new ResourceLocations(uri.getBaseUri());
        return written(permit, locations, new UserEdit("PUT", false,
                current -> locations.relative(PutMerge.merge(unchanged(current, ifMatch), requested))));
    }

    /** RFC 7644 §3.5.2 operations; one that touches an attribute Lucca cannot take is refused. */
    @PATCH
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Context UriInfo uri, InputStream body) throws ScimException {
        WritePermit permit = writer.authorize(tenant.view(), id, "PATCH", requestId.value());
        PatchRequests patch = read(permit, () -> PatchRequests.parse(RequestBodies.object(RequestBodyLimit.text(body))));
        ResourceLocations locations = new ResourceLocations(uri.getBaseUri());
        return written(permit, locations, new UserEdit("PATCH", true,
                current -> locations.relative(patch.apply(unchanged(current, ifMatch)))));
    }

    /**
     * Reads the request once the write-back policy let it through, so that a tenant that may not write spends nothing
     * on a body; one that cannot be read is refused and still recorded in the tenant's audit trail.
     */
    private <T> T read(WritePermit permit, Parse<T> parse) throws ScimException {
        try {
            return parse.read();
        } catch (ScimException e) {
            writer.recordUnreadable(permit, e);
            throw e;
        }
    }

    @FunctionalInterface
    private interface Parse<T> {
        T read() throws ScimException;
    }

    private Response written(WritePermit permit, ResourceLocations locations, UserEdit edit) throws ScimException {
        ObjectNode user = writer.write(permit, edit);
        String version = user.path("meta").path("version").asText();
        ObjectNode body = locations.resolve(user, collectionPath());
        return Response.ok(body, ScimMediaType.SCIM_JSON_TYPE).header("ETag", version).build();
    }

    /** The current user, when the version Okta last read is still the current one (or it named none). */
    private static ObjectNode unchanged(ObjectNode current, String ifMatch) throws PreconditionFailedException {
        String version = current.path("meta").path("version").asText();
        if (ifMatch != null && !ETags.matches(ifMatch, version)) {
            throw new PreconditionFailedException("The user changed in Lucca since version " + ifMatch
                    + " was read; the current version is " + version);
        }
        return current;
    }
}
