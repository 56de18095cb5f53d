package dev.luccaokta.scim;

import dev.luccaokta.web.Incident;
import dev.luccaokta.web.RequestId;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Anything unforeseen: an {@link Incident}, logged under the request's id for the operator and answered as a SCIM
 * 500 that names the same id and never carries a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    RequestId requestId;

    @Override
    public Response toResponse(Throwable error) {
        return ScimErrorResponses.of(500, null, Incident.logged(LOG, "scim", requestId.value(), error).summary());
    }
}
