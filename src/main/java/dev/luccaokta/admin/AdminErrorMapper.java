package dev.luccaokta.admin;

import dev.luccaokta.directory.DirectoryUnavailableException;
import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.tenant.UnreadableSecretException;
import dev.luccaokta.web.BoundedBody;
import dev.luccaokta.web.Incident;
import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the administration API as an {@code application/problem+json} body: the API's own refusals,
 * the container's HTTP errors (a body that is not JSON included), Lucca's failures, and unforeseen errors as an
 * {@link Incident}, whose id (the request's) is in the log — never a stack trace.
 */
@Provider
public class AdminErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(AdminErrorMapper.class.getName());

    @Inject
    RequestId requestId;

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof AdminProblem problem) {
            return problem(problem.status(), problem.title(), problem.getMessage());
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBody.TooLarge tooLarge) {
                return problem(413, "Request too large", tooLarge.getMessage());
            }
        }
        if (error instanceof ProcessingException && (error.getCause() instanceof JsonbException
                || error.getCause() instanceof JsonException)) {
            return problem(400, "Invalid request", "The request body is not the JSON expected");
        }
        if (error instanceof UnreadableSecretException unreadable) {
            LOG.log(Level.WARNING, LogLine.of("secret-unreadable", "id", requestId.value(), "api", "admin"));
            return problem(409, "Credential unreadable", unreadable.getMessage());
        }
        if (error instanceof DirectoryUnavailableException unavailable) {
            return problem(503, "Directory unavailable", unavailable.getMessage());
        }
        if (error instanceof LuccaFailure failure) {
            return switch (failure.kind()) {
                case URL_REFUSED, HOST_UNRESOLVED -> problem(502, "Lucca not allowed", "This tenant's Lucca URL is not "
                        + "one the connector calls (lucca.allowedHostSuffixes)");
                case ERROR_STATUS, TOKEN_REFUSED, UNUSABLE_ANSWER, TRANSIENT, THROTTLED, UNAVAILABLE ->
                        luccaUnavailable(failure);
            };
        }
        if (error instanceof ProcessingException) {
            // An outgoing call's I/O failure: Lucca is the only service the connector calls.
            return luccaUnavailable(error);
        }
        if (error instanceof WebApplicationException http && http.getResponse().getStatus() < 500) {
            int status = http.getResponse().getStatus();
            String detail = switch (status) {
                case 404 -> "No such administration endpoint";
                case 405 -> "Method not allowed on this endpoint";
                case 415 -> "Send application/json";
                default -> "The request is not valid";
            };
            return problem(status, "Invalid request", detail);
        }
        Incident incident = Incident.logged(LOG, "admin", requestId.value(), error);
        return problem(500, Incident.TITLE, incident.detail());
    }

    /** Lucca's own words stay in the log: they may carry a proxy's page or internal names. */
    private Response luccaUnavailable(Throwable error) {
        LOG.log(Level.WARNING, LogLine.of("lucca-unavailable", "id", requestId.value(), "api", "admin"), error);
        return problem(503, "Lucca unavailable", "Lucca could not be asked right now; try again in a minute");
    }

    static Response problem(int status, String title, String detail) {
        return Response.status(status)
                .type("application/problem+json")
                .entity(AdminProblem.json(status, title, detail))
                .build();
    }
}
