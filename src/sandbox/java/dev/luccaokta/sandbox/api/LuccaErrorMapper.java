package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.json.LuccaError;
import dev.luccaokta.sandbox.query.QueryException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into Lucca's error body, {@code {"Status", "Message"}} on the legacy routes and problem details
 * on the Lucca API (v5), where a 401 also says {@code WWW-Authenticate: Bearer}: client mistakes become 400, JAX-RS's own
 * refusals (unknown path, wrong method) keep their status, and anything unexpected is logged and answered 500
 * without internals.
 */
@Provider
public class LuccaErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(LuccaErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof LuccaException lucca) {
            return respond(lucca.status(), lucca.getMessage());
        }
        if (failure instanceof QueryException || failure instanceof InvalidDataException) {
            return respond(400, failure.getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return respond(status, Response.Status.fromStatusCode(status) == null ? "Request refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "Unexpected failure", failure);
        return respond(500, "Internal server error");
    }

    private Response respond(int status, String message) {
        if (!LuccaError.isLuccaApiPath(uri.getPath())) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(LuccaError.body(status, message)).build();
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        Response.ResponseBuilder answer = Response.status(status).type(LuccaError.PROBLEM_JSON)
                .entity(LuccaError.problem(status, known == null ? "Error" : known.getReasonPhrase(), message));
        return status == 401 ? answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build() : answer.build();
    }
}
