package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** SCIM errors raised anywhere in a request become their RFC 7644 error answer. */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

    @Override
    public Response toResponse(ScimException error) {
        return ScimErrorResponses.of(error);
    }
}
