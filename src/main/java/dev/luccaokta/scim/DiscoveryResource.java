package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.scim.protocol.CustomAttribute;
import dev.luccaokta.scim.protocol.DiscoveryDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * RFC 7644 §4 discovery: what the connector supports, its resource types, and its schemas, the enterprise
 * extension listing the custom attributes this tenant's selection adds (for Okta's Profile Editor).
 */
@Path("/")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
@RequestScoped
public class DiscoveryResource {

    @Inject
    AuthenticatedTenant tenant;

    @Inject
    TenantDirectories directories;

    @Context
    UriInfo uri;

    @GET
    @Path("ServiceProviderConfig")
    public ObjectNode serviceProviderConfig() {
        return documents(List.of()).serviceProviderConfig();
    }

    @GET
    @Path("ResourceTypes")
    public ObjectNode resourceTypes() {
        return documents(List.of()).resourceTypes();
    }

    @GET
    @Path("ResourceTypes/{id}")
    public ObjectNode resourceType(@PathParam("id") String id) throws ScimException {
        return documents(List.of()).resourceType(id).orElseThrow(() -> new ResourceNotFoundException("No resource type " + id));
    }

    @GET
    @Path("Schemas")
    public ObjectNode schemas() {
        return documents(customAttributes()).schemas();
    }

    @GET
    @Path("Schemas/{id}")
    public ObjectNode schema(@PathParam("id") String id) throws ScimException {
        return documents(customAttributes()).schema(id).orElseThrow(() -> new ResourceNotFoundException("No schema " + id));
    }

    private DiscoveryDocuments documents(List<CustomAttribute> customAttributes) {
        return DiscoveryDocuments.of(uri.getBaseUri(), ScimReads.LIMITS.maxCount(), customAttributes);
    }

    /** The tenant's selection decides the extension's custom attributes; the instance's data decides their types. */
    private List<CustomAttribute> customAttributes() {
        TenantView view = tenant.view();
        DirectorySnapshot snapshot = directories.current(view);
        return snapshot.catalogue().customAttributes(view.selectedProperties()).stream()
                .map(a -> CustomAttribute.of(a.name(), Type.valueOf(a.type().toUpperCase(Locale.ROOT)), a.multiValued(),
                        a.writable() ? Mutability.READ_WRITE : Mutability.READ_ONLY, a.description()))
                .toList();
    }
}
