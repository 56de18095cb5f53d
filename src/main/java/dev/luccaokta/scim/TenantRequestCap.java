package dev.luccaokta.scim;

import dev.luccaokta.web.AccessLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/**
 * Refuses a tenant's request at once with {@code 429} and {@code Retry-After} while that tenant already has
 * {@code scim.maxRequestsInFlightPerTenant} requests being served; the slot is given back when the answer leaves,
 * whatever it is. Runs right after token authentication, before anything reads the body or Lucca.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class TenantRequestCap implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String HELD = TenantRequestCap.class.getName() + ".held";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    TenantRequestsInFlight inFlight;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(AccessLog.TENANT) instanceof String tenantId)) {
            return;
        }
        if (inFlight.enter(tenantId)) {
            request.setProperty(HELD, tenantId);
        } else {
            request.abortWith(ScimErrorResponses.retryLater(429,
                    "Too many requests for this tenant are being served; retry later", RETRY_AFTER));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HELD) instanceof String tenantId) {
            request.removeProperty(HELD);
            inFlight.leave(tenantId);
        }
    }
}
