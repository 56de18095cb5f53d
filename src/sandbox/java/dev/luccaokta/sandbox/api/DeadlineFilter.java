package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.json.LuccaError;
import dev.luccaokta.sandbox.traffic.ApiGate;
import dev.luccaokta.sandbox.traffic.GateDecision;
import dev.luccaokta.sandbox.traffic.RequestDeadline;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;

/**
 * Replaces the answer to an API request that is ready only after its deadline with a 408, as Lucca aborts requests
 * that run too long. Runs before the body is written, so the late answer never reaches the client.
 */
@Provider
public class DeadlineFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RequestDeadline.ATTRIBUTE) instanceof RequestDeadline deadline
                && deadline.isPast(System.nanoTime())) {
            GateDecision.Refuse timeout = ApiGate.timedOut(deadline.timeoutMillis());
            response.setStatus(timeout.status());
            // The late answer's validators describe a body the client never gets.
            response.getHeaders().remove(HttpHeaders.ETAG);
            if (LuccaError.isLuccaApiPath(request.getUriInfo().getPath())) {
                response.setEntity(LuccaError.problem(timeout.status(), "Request Timeout", timeout.message()),
                        new Annotation[0], MediaType.valueOf(LuccaError.PROBLEM_JSON));
            } else {
                response.setEntity(LuccaError.body(timeout.status(), timeout.message()), new Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE);
            }
        }
    }
}
