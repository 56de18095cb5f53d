package dev.luccaokta.admin;

import static java.util.stream.Collectors.joining;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that breaks the constraints of the administration API's parameters and bodies (Bean Validation on the
 * resources' records), answered as the API's other 400s: every constraint's message says what to send, and each is
 * given once, in a stable order, when several are broken.
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        String detail = invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).distinct()
                .sorted().collect(joining("; "));
        return AdminErrorMapper.problem(400, "Invalid request", detail.isBlank() ? "The request is not valid" : detail);
    }
}
