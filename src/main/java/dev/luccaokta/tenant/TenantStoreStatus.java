package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/** When the tenant store finished its start-up work (schema, demo tenant), for the start-up health check. */
@ApplicationScoped
public class TenantStoreStatus {

    private volatile OffsetDateTime readySince;

    void ready() {
        readySince = OffsetDateTime.now();
    }

    public Optional<OffsetDateTime> readySince() {
        return Optional.ofNullable(readySince);
    }
}
