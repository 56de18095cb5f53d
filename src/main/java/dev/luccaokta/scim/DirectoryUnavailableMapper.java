package dev.luccaokta.scim;

import dev.luccaokta.directory.DirectoryUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Lucca cannot be read and no snapshot can serve the request: 503 with {@code Retry-After}, so Okta retries. */
@Provider
public class DirectoryUnavailableMapper implements ExceptionMapper<DirectoryUnavailableException> {

    @Override
    public Response toResponse(DirectoryUnavailableException error) {
        return ScimErrorResponses.unavailable(error.getMessage(), error.retryAfter());
    }
}
