package dev.luccaokta.health;

import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the tenant database answers a query: without it no SCIM token can be resolved, so a load
 * balancer should route Okta elsewhere. Lucca's availability is deliberately not part of readiness, since
 * the connector keeps serving from its cached view when Lucca is down.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    TenantRepository tenants;

    @Override
    public HealthCheckResponse call() {
        try {
            // The count proves a real query ran; it is not reported, since the probe is unauthenticated.
            tenants.count();
            return HealthCheckResponse.named("database").up().build();
        } catch (PersistenceException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
