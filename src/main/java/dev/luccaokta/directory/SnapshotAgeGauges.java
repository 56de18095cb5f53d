package dev.luccaokta.directory;

import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The age of each tenant's snapshot on {@code /metrics} ({@code directory_snapshot_age}, tagged with the tenant
 * id; -1 before the first one), for an alert when a tenant stops being refreshed.
 */
@ApplicationScoped
public class SnapshotAgeGauges {

    private static final Metadata AGE = Metadata.builder().withName("directory_snapshot_age")
            .withDescription("Age of the tenant's snapshot of Lucca, -1 before the first one")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    ApplicationMetrics metrics;

    @Inject
    Clock clock;

    void watch(String tenantId, Supplier<DirectoryStatus> status) {
        metrics.ifAvailable(registry -> registry.gauge(AGE, () -> status.get().builtAt()
                .map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(-1L), new Tag("tenant", tenantId)));
    }

    void forget(String tenantId) {
        metrics.ifAvailable(registry -> registry.remove(new MetricID(AGE.getName(), new Tag("tenant", tenantId))));
    }
}
