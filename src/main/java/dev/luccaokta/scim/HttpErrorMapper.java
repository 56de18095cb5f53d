package dev.luccaokta.scim;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The container's own HTTP errors (unknown path 404, wrong method 405, unacceptable media types 406/415, a body too
 * large 413, bad parameters) in SCIM's error format, since Okta reads every error body as one.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException error) {
        int status = error.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No such SCIM endpoint or resource";
            case 405 -> "Method not allowed on this endpoint"
                    + (error instanceof NotAllowedException ? "; allowed: " + error.getResponse().getAllowedMethods() : "");
            case 406 -> "This endpoint answers application/scim+json or application/json";
            case 413 -> "The request body is too large";
            case 415 -> "Send application/scim+json or application/json";
            default -> status >= 500 ? "The request could not be processed" : "The request is not valid";
        };
        Response response = ScimErrorResponses.of(status, null, detail);
        return status == 405 ? Response.fromResponse(response).allow(error.getResponse().getAllowedMethods()).build() : response;
    }
}
