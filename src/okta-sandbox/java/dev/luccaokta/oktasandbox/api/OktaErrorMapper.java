package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.errors.OAuthException;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers every failure in Okta's shapes: the refusals the emulator decided, JAX-RS's own (unknown path, wrong
 * method, unreadable entity) as Okta would word them, and anything unexpected as a bare 500 logged here.
 */
@Provider
public class OktaErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(OktaErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof OktaApiException okta) {
            return OktaErrors.of(okta);
        }
        if (failure instanceof OAuthException oauth) {
            return OktaErrors.of(oauth);
        }
        if (failure instanceof NotFoundException) {
            return OktaErrors.of(new OktaApiException(404, "E0000007", "Not found: Resource not found", List.of(), Map.of()));
        }
        if (failure instanceof NotAllowedException) {
            return OktaErrors.of(new OktaApiException(405, "E0000022",
                    "The endpoint does not support the provided HTTP method", List.of(), Map.of()));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return OktaErrors.of(new OktaApiException(web.getResponse().getStatus(), "E0000003",
                    "The request body was not well-formed.", List.of(), Map.of()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure", failure);
        return OktaErrors.of(new OktaApiException(500, "E0000009", "Internal Server Error", List.of(), Map.of()));
    }
}
