package dev.luccaokta.health;

import dev.luccaokta.tenant.TenantStoreStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the tenant store has finished its start-up work (schema created, demo tenant provisioned). */
@Startup
@ApplicationScoped
public class TenantStoreStartupCheck implements HealthCheck {

    @Inject
    TenantStoreStatus status;

    @Override
    public HealthCheckResponse call() {
        return status.readySince()
                .map(since -> HealthCheckResponse.named("tenant-store").up().withData("since", since.toString()).build())
                .orElseGet(() -> HealthCheckResponse.named("tenant-store").down().build());
    }
}
