package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.BaseScimResource;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.utils.JsonUtils;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The discovery documents of RFC 7644 §4: {@code /ServiceProviderConfig} (PATCH, filtering, sorting and ETags
 * supported; bulk and password change not; bearer token authentication, which is how Okta presents its token),
 * {@code /ResourceTypes} (User with the optional enterprise extension, Group) and {@code /Schemas} (core User,
 * Group, and the enterprise extension with the tenant's custom attributes). Built once per tenant; every call
 * returns a fresh copy the caller may modify.
 *
 * <pre>{@code
 * DiscoveryDocuments discovery = DiscoveryDocuments.of(URI.create("https://connector.example/scim/v2"),
 *         SearchLimits.defaults().maxCount(), customAttributes);
 * return Response.ok(discovery.schemas()).build();
 * }</pre>
 */
public final class DiscoveryDocuments {

    private final ObjectNode serviceProviderConfig;
    private final List<ObjectNode> resourceTypes;
    private final List<ObjectNode> schemas;

    private DiscoveryDocuments(ObjectNode serviceProviderConfig, List<ObjectNode> resourceTypes,
                               List<ObjectNode> schemas) {
        this.serviceProviderConfig = serviceProviderConfig;
        this.resourceTypes = resourceTypes;
        this.schemas = schemas;
    }

    /**
     * @param baseUrl          the SCIM base URL, e.g. {@code https://host/scim/v2}; {@code meta.location}s start
     *                         with it
     * @param maxResults       the largest page a list request returns
     * @param customAttributes the tenant's attributes in the enterprise extension, after the standard ones
     * @throws IllegalArgumentException when two custom attributes, or a custom and a standard one, share a name
     */
    public static DiscoveryDocuments of(URI baseUrl, int maxResults, List<CustomAttribute> customAttributes) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return new DiscoveryDocuments(
                serviceProviderConfig(base, maxResults),
                List.of(resourceType(base, "User", "/Users", StandardSchemas.USER, "Lucca employees",
                                List.of(new ResourceTypeResource.SchemaExtension(
                                        URI.create(StandardSchemas.ENTERPRISE_USER), false))),
                        resourceType(base, "Group", "/Groups", StandardSchemas.GROUP,
                                "Groups of employees from Lucca's org structure", List.of())),
                List.of(schema(base, StandardSchemas.USER, "User", "User Account", StandardSchemas.user()),
                        schema(base, StandardSchemas.GROUP, "Group", "Group", StandardSchemas.group()),
                        schema(base, StandardSchemas.ENTERPRISE_USER, "EnterpriseUser", "Enterprise User",
                                enterpriseUser(customAttributes))));
    }

    public ObjectNode serviceProviderConfig() {
        return serviceProviderConfig.deepCopy();
    }

    /** The list response of {@code GET /ResourceTypes}. */
    public ObjectNode resourceTypes() {
        return ListResponses.ofAll(resourceTypes);
    }

    /** The resource type named {@code id} ({@code User} or {@code Group}), for {@code GET /ResourceTypes/{id}}. */
    public Optional<ObjectNode> resourceType(String id) {
        return byId(resourceTypes, id);
    }

    /** The list response of {@code GET /Schemas}. */
    public ObjectNode schemas() {
        return ListResponses.ofAll(schemas);
    }

    /** The schema whose URN is {@code id}, for {@code GET /Schemas/{id}}. */
    public Optional<ObjectNode> schema(String id) {
        return byId(schemas, id);
    }

    private static Optional<ObjectNode> byId(List<ObjectNode> documents, String id) {
        return documents.stream().filter(document -> document.path("id").asText().equals(id)).findFirst()
                .map(ObjectNode::deepCopy);
    }

    private static ObjectNode serviceProviderConfig(String base, int maxResults) {
        AuthenticationScheme bearer = new AuthenticationScheme("Bearer token",
                "The token configured in Okta's SCIM app, sent as 'Authorization: Bearer <token>'",
                URI.create("https://www.rfc-editor.org/rfc/rfc6750"), null, "oauthbearertoken", true);
        ServiceProviderConfigResource config = new ServiceProviderConfigResource(null, new PatchConfig(true),
                new BulkConfig(false, 0, 0), new FilterConfig(true, maxResults), new ChangePasswordConfig(false),
                new SortConfig(true), new ETagConfig(true), List.of(bearer));
        return withMeta(config, "ServiceProviderConfig", base + "/ServiceProviderConfig");
    }

    private static ObjectNode resourceType(String base, String name, String endpoint, String schema,
                                           String description, List<ResourceTypeResource.SchemaExtension> extensions) {
        ResourceTypeResource type = new ResourceTypeResource(name, name, description, URI.create(endpoint),
                URI.create(schema), extensions);
        return withMeta(type, "ResourceType", base + "/ResourceTypes/" + name);
    }

    private static ObjectNode schema(String base, String urn, String name, String description,
                                     List<AttributeDefinition> attributes) {
        return withMeta(new SchemaResource(urn, name, description, attributes), "Schema", base + "/Schemas/" + urn);
    }

    private static ObjectNode withMeta(BaseScimResource document, String resourceType, String location) {
        document.setMeta(new Meta().setResourceType(resourceType).setLocation(URI.create(location)));
        return JsonUtils.valueToNode(document);
    }

    private static List<AttributeDefinition> enterpriseUser(List<CustomAttribute> customAttributes) {
        List<AttributeDefinition> attributes = new ArrayList<>(StandardSchemas.enterpriseUser());
        Set<String> names = new HashSet<>();
        attributes.forEach(attribute -> names.add(attribute.getName().toLowerCase(Locale.ROOT)));
        for (CustomAttribute custom : customAttributes) {
            if (!names.add(custom.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The enterprise extension already has an attribute named "
                        + custom.name() + " (names are case-insensitive)");
            }
            attributes.add(custom.definition());
        }
        return attributes;
    }
}
