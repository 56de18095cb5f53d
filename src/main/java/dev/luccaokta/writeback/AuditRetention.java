package dev.luccaokta.writeback;

import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the audit rows last recorded longer ago than {@code audit.retention} (an ISO-8601 duration, a year by
 * default), every {@code audit.purgeIntervalSeconds}, starting with the deployment. Every instance of a cluster
 * purges: a delete by date is idempotent, so two doing it at once delete nothing twice.
 */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

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

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retention.isNegative() || retention.isZero() || intervalSeconds < 1) {
            throw new IllegalStateException("audit.retention must be a positive duration and audit.purgeIntervalSeconds "
                    + "at least 1, not " + retention + " and " + intervalSeconds);
        }
        task = scheduler.scheduleWithFixedDelay(this::purge, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void purge() {
        try {
            int deleted = audit.deleteRecordedBefore(OffsetDateTime.now().minus(retention));
            if (deleted > 0) {
                LOG.info(() -> LogLine.of("audit-purged", "rows", deleted, "retention", retention));
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing database is reported by the readiness check.
            LOG.log(Level.WARNING, LogLine.of("audit-purge-failed", "error", e.getClass().getSimpleName()));
        }
    }
}
