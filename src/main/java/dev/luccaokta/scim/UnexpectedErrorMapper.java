package dev.luccaokta.scim;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id for the operator, answered as a SCIM 500 that carries the
 * same id and never a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, error);
        return ScimErrorResponses.of(500, null, "Internal error; incident " + incident + " is in the connector's log");
    }
}
