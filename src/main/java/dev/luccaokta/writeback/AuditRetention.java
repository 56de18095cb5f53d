package dev.luccaokta.writeback;

import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.tenant.PeriodicPurge;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the audit rows last recorded longer ago than {@code audit.retention} (an ISO-8601 duration, a year by
 * default), every {@code audit.purgeIntervalSeconds}, starting with the deployment. Every instance of a cluster
 * purges: a delete by date is idempotent, so two doing it at once delete nothing twice.
 */
@ApplicationScoped
public class AuditRetention {

    @Inject
    AuditRepository audit;

    @Inject
    @ConfigProperty(name = "audit.retention", defaultValue = "P365D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "audit.purgeIntervalSeconds", defaultValue = "3600")
    long intervalSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private PeriodicPurge purge;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retention.isNegative() || retention.isZero() || intervalSeconds < 1) {
            throw new IllegalStateException("audit.retention must be a positive duration and audit.purgeIntervalSeconds "
                    + "at least 1, not " + retention + " and " + intervalSeconds);
        }
        purge = PeriodicPurge.start(scheduler, intervalSeconds, "audit", () -> OffsetDateTime.now().minus(retention),
                audit::deleteRecordedBefore);
    }

    @PreDestroy
    void stop() {
        if (purge != null) {
            purge.cancel();
        }
    }
}
