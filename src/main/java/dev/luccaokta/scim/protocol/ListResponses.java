package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.utils.JsonUtils;

import java.util.List;

/**
 * The body of a list response (RFC 7644 §3.4.2): {@code schemas}
 * ({@code urn:ietf:params:scim:api:messages:2.0:ListResponse}), {@code totalResults}, {@code startIndex},
 * {@code itemsPerPage} and {@code Resources}, written by the SDK's {@link ListResponse}.
 *
 * <pre>{@code
 * return Response.ok(ListResponses.of(ResourceSearch.search(index, request))).build();
 * }</pre>
 */
public final class ListResponses {

    private ListResponses() {
    }

    /** The list response of a search page. */
    public static ObjectNode of(ListResult result) {
        return of(result.totalResults(), result.startIndex(), result.resources());
    }

    /** A list response holding all of {@code resources}, for the discovery endpoints. */
    public static ObjectNode ofAll(List<ObjectNode> resources) {
        return of(resources.size(), 1, resources);
    }

    private static ObjectNode of(int totalResults, int startIndex, List<ObjectNode> resources) {
        return JsonUtils.valueToNode(new ListResponse<>(totalResults, resources, startIndex, resources.size()));
    }
}
