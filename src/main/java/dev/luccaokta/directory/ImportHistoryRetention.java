package dev.luccaokta.directory;

import dev.luccaokta.tenant.OktaImports;
import dev.luccaokta.tenant.PeriodicPurge;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the imports begun more than {@code imports.retentionDays} ago, every {@code imports.purgeIntervalSeconds}
 * from the deployment on. Every instance of a cluster purges: a delete by date deletes nothing twice.
 */
@ApplicationScoped
public class ImportHistoryRetention {

    @Inject
    OktaImports imports;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imports.retentionDays")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "imports.purgeIntervalSeconds")
    long intervalSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private PeriodicPurge purge;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retentionDays < 1 || intervalSeconds < 1) {
            throw new IllegalStateException("imports.retentionDays and imports.purgeIntervalSeconds must be at least 1, not "
                    + retentionDays + " and " + intervalSeconds);
        }
        purge = PeriodicPurge.start(scheduler, intervalSeconds, "import-history",
                () -> OffsetDateTime.now(clock).minus(Duration.ofDays(retentionDays)), imports::deleteStartedBefore);
    }

    @PreDestroy
    void stop() {
        if (purge != null) {
            purge.cancel();
        }
    }
}
