package dev.luccaokta.scim;

import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged under the request's id for the operator, answered as a SCIM 500 that names the
 * same id as its incident and never carries a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    RequestId requestId;

    @Override
    public Response toResponse(Throwable error) {
        String incident = requestId.value();
        LOG.log(Level.SEVERE, LogLine.of("unexpected-error", "id", incident, "api", "scim"), error);
        return ScimErrorResponses.of(500, null, "Internal error; incident " + incident + " is in the connector's log");
    }
}
