package dev.luccaokta.directory;

import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.PeriodicPurge;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the publications recorded in the change log ({@link PublicationRecorder}) longer ago than
 * {@code changes.retentionDays} (30 by default), every {@code changes.purgeIntervalSeconds}, starting with the
 * deployment.
 */
@ApplicationScoped
public class ChangeLogRetention {

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "changes.retentionDays", defaultValue = "30")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "changes.purgeIntervalSeconds", defaultValue = "3600")
    long intervalSeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private PeriodicPurge purge;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retentionDays < 1 || intervalSeconds < 1) {
            throw new IllegalStateException("changes.retentionDays and changes.purgeIntervalSeconds must be at least 1, not "
                    + retentionDays + " and " + intervalSeconds);
        }
        purge = PeriodicPurge.start(scheduler, intervalSeconds, "changes",
                () -> OffsetDateTime.now(clock).minusDays(retentionDays), changeLog::deletePublishedBefore);
    }

    @PreDestroy
    void stop() {
        if (purge != null) {
            purge.cancel();
        }
    }
}
