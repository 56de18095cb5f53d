package dev.luccaokta.directory;

import dev.luccaokta.tenant.OktaImports;
import dev.luccaokta.web.LogLine;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the imports begun more than {@code imports.retentionDays} ago, every {@code imports.purgeIntervalSeconds}
 * from the deployment on. Every instance of a cluster purges: a delete by date deletes nothing twice.
 */
@ApplicationScoped
public class ImportHistoryRetention {

    private static final Logger LOG = Logger.getLogger(ImportHistoryRetention.class.getName());

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

    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retentionDays < 1 || intervalSeconds < 1) {
            throw new IllegalStateException("imports.retentionDays and imports.purgeIntervalSeconds must be at least 1, not "
                    + retentionDays + " and " + intervalSeconds);
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
            int deleted = imports.deleteStartedBefore(OffsetDateTime.now(clock).minus(Duration.ofDays(retentionDays)));
            if (deleted > 0) {
                LOG.info(() -> LogLine.of("import-history-purged", "rows", deleted, "retentionDays", retentionDays));
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing database is reported by the readiness check.
            LOG.log(Level.WARNING, LogLine.of("import-history-purge-failed", "error", e.getClass().getSimpleName()));
        }
    }
}
