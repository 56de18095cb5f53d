package dev.luccaokta.scim;

import dev.luccaokta.writeback.LuccaWriteFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Lucca failed during a write: 502 or 503 with {@code Retry-After}, so that Okta sends the write again later. */
@Provider
public class WriteFailedMapper implements ExceptionMapper<LuccaWriteFailedException> {

    @Override
    public Response toResponse(LuccaWriteFailedException error) {
        return ScimErrorResponses.retryLater(error.status(), error.getMessage(), error.retryAfter());
    }
}
