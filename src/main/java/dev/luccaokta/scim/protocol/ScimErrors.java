package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;

/**
 * The body of an error response (RFC 7644 §3.12), written by the SDK's {@link ErrorResponse}:
 * {@code {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":"invalidFilter",
 * "detail":"…"}}, the status as a string, {@code scimType} only when there is one.
 *
 * <pre>{@code
 * try {
 *     return Response.ok(ListResponses.of(ResourceSearch.search(index, request))).build();
 * } catch (ScimException e) {
 *     return Response.status(e.getScimError().getStatus()).entity(ScimErrors.of(e)).build();
 * }
 * }</pre>
 */
public final class ScimErrors {

    private ScimErrors() {
    }

    public static ObjectNode of(ScimException exception) {
        return JsonUtils.valueToNode(exception.getScimError());
    }

    /** @param scimType null when the error has none (every status but 400 and a few 409s) */
    public static ObjectNode of(int status, String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType);
        error.setDetail(detail);
        return JsonUtils.valueToNode(error);
    }
}
