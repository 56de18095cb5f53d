package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.scim.protocol.AttributeProjection;
import dev.luccaokta.scim.protocol.ETags;
import dev.luccaokta.scim.protocol.FoundPage;
import dev.luccaokta.scim.protocol.ListRequest;
import dev.luccaokta.scim.protocol.ListResponses;
import dev.luccaokta.scim.protocol.ListResult;
import dev.luccaokta.scim.protocol.SearchLimits;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The read side shared by {@code /Users} and {@code /Groups}: the snapshot a list is served from and its answer;
 * get by id with {@code ETag} and {@code If-None-Match}; references resolved against the request's base URL.
 */
@ApplicationScoped
public class ScimReads {

    static final SearchLimits LIMITS = SearchLimits.defaults();

    @Inject
    TenantDirectories directories;

    /** Okta's import pages carry no filter and keep their first page's snapshot; other reads take the freshest. */
    DirectorySnapshot snapshotFor(TenantView view, ListRequest request, String collectionPath) {
        return request.filter().isEmpty()
                ? directories.forImport(view, collectionPath, request.startIndex() == 1)
                : directories.current(view);
    }

    /** A page found in the snapshot as the answer, written from the snapshot's rendering of each resource. */
    Response list(FoundPage page, RenderedList.Resources resources, UriInfo uri) {
        byte[] base = DirectorySnapshot.jsonBase(uri.getBaseUri().toString());
        return Response.ok(new RenderedList(page, resources, base), ScimMediaType.SCIM_JSON_TYPE).build();
    }

    /** A page of search results as the answer: each resource's location resolved against the request's base URL. */
    Response list(ListResult result, UriInfo uri, String collectionPath) {
        ResourceLocations locations = new ResourceLocations(uri.getBaseUri());
        ListResult located = ListResult.of(result.totalResults(), result.startIndex(),
                result.resources().stream().map(resource -> locations.resolve(resource, collectionPath)).toList());
        return Response.ok(ListResponses.of(located), ScimMediaType.SCIM_JSON_TYPE).build();
    }

    Response get(Optional<ObjectNode> found, String id, UriInfo uri, String collectionPath, String ifNoneMatch)
            throws ScimException {
        ObjectNode resource = found.orElseThrow(() -> new ResourceNotFoundException("No resource with id " + id));
        String version = resource.path("meta").path("version").asText();
        if (ifNoneMatch != null && ETags.matches(ifNoneMatch, version)) {
            return Response.notModified(EntityTag.valueOf(version)).build();
        }
        AttributeProjection projection = AttributeProjection.parse(
                uri.getQueryParameters().getFirst("attributes"), uri.getQueryParameters().getFirst("excludedAttributes"));
        ObjectNode body = new ResourceLocations(uri.getBaseUri()).resolve(projection.apply(resource), collectionPath);
        return Response.ok(body, ScimMediaType.SCIM_JSON_TYPE).header("ETag", version).build();
    }
}
