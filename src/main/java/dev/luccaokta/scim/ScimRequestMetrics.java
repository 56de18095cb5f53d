package dev.luccaokta.scim;

import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every SCIM request, refused ones included, as {@code scim_requests} tagged with its kind
 * ({@code GET Users}) and status class ({@code 2xx}): what Okta asks and how fast it is answered, on
 * {@code /metrics}. Kinds are the known endpoints only, so random paths cannot multiply the series.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ScimRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ScimRequestMetrics.class.getName() + ".started";
    private static final Metadata REQUESTS = Metadata.builder().withName("scim_requests")
            .withDescription("SCIM requests by kind and status class, and how long they took")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    ApplicationMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            String kind = request.getMethod() + " " + ScimEndpoint.of(request);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            metrics.ifAvailable(registry -> registry.timer(REQUESTS, new Tag("kind", kind),
                    new Tag("status", response.getStatus() / 100 + "xx")).update(took));
        }
    }
}
