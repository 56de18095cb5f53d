package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.scim.protocol.ListRequest;
import dev.luccaokta.scim.protocol.AttributeProjection;
import dev.luccaokta.scim.protocol.FoundPage;
import dev.luccaokta.scim.protocol.ResourceIndex;
import dev.luccaokta.scim.protocol.ResourceSearch;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The reads every SCIM collection answers from the tenant's snapshot: list, and get by id. A collection is one
 * instance for the application (what is the request's comes in as parameters or through request-scoped proxies): a
 * lookup is cheap enough that building the resource anew for each request showed in its profile.
 */
public abstract class SnapshotCollection {

    @Inject
    AuthenticatedTenant tenant;

    @Inject
    TenantDirectories directories;

    @Inject
    ScimReads reads;

    @Inject
    ListedPage listed;

    /** The collection's resources in the snapshot, for searching. */
    abstract ResourceIndex index(DirectorySnapshot snapshot);

    /**
     * How the snapshot writes the collection's resources as they go out under the request's projection; empty when it
     * cannot, and the page is then built as trees.
     */
    abstract Optional<RenderedList.Resources> rendered(DirectorySnapshot snapshot, AttributeProjection projection);

    abstract Optional<ObjectNode> find(DirectorySnapshot snapshot, String id);

    /** Where the collection's resources live, relative to the SCIM base URL ({@code Users/}). */
    abstract String collectionPath();

    @GET
    public Response list(@Context UriInfo uri) throws ScimException {
        ListRequest request = ListRequest.parse(uri.getQueryParameters(), ScimReads.LIMITS);
        DirectorySnapshot snapshot = reads.snapshotFor(tenant.view(), request, collectionPath());
        ResourceIndex index = index(snapshot);
        FoundPage page = ResourceSearch.find(index, request);
        listed.served(request, snapshot.builtAt(), page);
        Optional<RenderedList.Resources> rendered = rendered(snapshot, request.projection());
        return rendered.isPresent() ? reads.list(page, rendered.get(), uri)
                : reads.list(ResourceSearch.resources(index, page, request.projection()), uri, collectionPath());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @Context UriInfo uri) throws ScimException {
        return reads.get(find(directories.current(tenant.view()), id), id, uri, collectionPath(), ifNoneMatch);
    }
}
