package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * The one place SCIM error answers are made: RFC 7644 §3.12 bodies with the status repeated on the response,
 * in {@code application/scim+json}.
 *
 * <pre>{@code
 * return ScimErrorResponses.of(BadRequestException.invalidFilter("..."));
 * }</pre>
 */
public final class ScimErrorResponses {

    private ScimErrorResponses() {
    }

    public static Response of(ScimException error) {
        return of(error.getScimError());
    }

    public static Response of(int status, String scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status);
        error.setScimType(scimType);
        error.setDetail(detail);
        return of(error);
    }

    /** A 503 that tells Okta when to come back. */
    public static Response unavailable(String detail, Duration retryAfter) {
        return retryLater(503, detail, retryAfter);
    }

    /** A 5xx that tells Okta when to come back. */
    public static Response retryLater(int status, String detail, Duration retryAfter) {
        return Response.fromResponse(of(status, null, detail))
                .header("Retry-After", Math.max(1, retryAfter.toSeconds()))
                .build();
    }

    private static Response of(ErrorResponse error) {
        return Response.status(error.getStatus())
                .type(ScimMediaType.SCIM_JSON_TYPE)
                .entity(JsonUtils.valueToNode(error))
                .build();
    }
}
