/**
 * The SCIM 2.0 protocol engine, free of HTTP: parsing and bounding of list queries ({@code filter}, paging,
 * sorting, {@code attributes}), search over an immutable snapshot of resources held as Jackson {@code ObjectNode}s,
 * attribute projection, ETags, and the JSON of list responses, errors and discovery documents. Filters and paths
 * are parsed by the UnboundID SCIM 2 SDK; this package adds the limits, index use and semantics the connector needs.
 * Every client mistake surfaces as a {@link com.unboundid.scim2.common.exceptions.ScimException} whose status and
 * {@code scimType} are ready for the response.
 */
package dev.luccaokta.scim.protocol;
