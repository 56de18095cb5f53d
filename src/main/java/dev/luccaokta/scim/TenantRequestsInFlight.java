package dev.luccaokta.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many SCIM requests each tenant has being served, capped at {@code scim.maxRequestsInFlightPerTenant}, so
 * that one tenant (a flood, a slow Lucca) can never hold every request thread of the server.
 *
 * <pre>{@code
 * if (inFlight.enter(tenantId)) {
 *     try { serve(); } finally { inFlight.leave(tenantId); }
 * }
 * }</pre>
 */
@ApplicationScoped
public class TenantRequestsInFlight {

    /** Only tenants with requests under way have an entry, so random ids cannot grow the map. */
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    private final int max;

    @Inject
    public TenantRequestsInFlight(@ConfigProperty(name = "scim.maxRequestsInFlightPerTenant") int max) {
        this.max = max;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected TenantRequestsInFlight() {
        this(0);
    }

    /** Counts one more request for the tenant, unless it already has the most allowed; whether it did. */
    public boolean enter(String tenantId) {
        boolean[] entered = {false};
        counts.compute(tenantId, (id, count) -> {
            int current = count == null ? 0 : count;
            entered[0] = current < max;
            return entered[0] ? current + 1 : count;
        });
        return entered[0];
    }

    /** One request of the tenant is over. */
    public void leave(String tenantId) {
        counts.computeIfPresent(tenantId, (id, count) -> count > 1 ? count - 1 : null);
    }
}
