package dev.luccaokta.directory;

import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.LuccaUsageDays;
import dev.luccaokta.tenant.OktaImports;
import dev.luccaokta.tenant.PeriodicPurge;
import dev.luccaokta.tenant.PushDeliveries;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the history the status page shows once it is old, from the deployment on: Okta's imports begun more than
 * {@code imports.retentionDays} ago and the Lucca calls of those days, checked every
 * {@code imports.purgeIntervalSeconds}; the change log's publications older than {@code changes.retentionDays},
 * every {@code changes.purgeIntervalSeconds}; the lags of the deliveries to Okta older than
 * {@link PushDeliveries#RETENTION}, as often as the imports.
 */
@ApplicationScoped
public class HistoryRetention {

    @Inject
    OktaImports imports;

    @Inject
    LuccaUsageDays luccaUsage;

    @Inject
    ChangeLog changeLog;

    @Inject
    PushDeliveries pushDeliveries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imports.retentionDays")
    int importDays;

    @Inject
    @ConfigProperty(name = "imports.purgeIntervalSeconds")
    long importInterval;

    @Inject
    @ConfigProperty(name = "changes.retentionDays", defaultValue = "30")
    int changeDays;

    @Inject
    @ConfigProperty(name = "changes.purgeIntervalSeconds", defaultValue = "3600")
    long changeInterval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private List<PeriodicPurge> purges = List.of();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (importDays < 1 || importInterval < 1 || changeDays < 1 || changeInterval < 1) {
            throw new IllegalStateException("imports.retentionDays, imports.purgeIntervalSeconds, changes.retentionDays and"
                    + " changes.purgeIntervalSeconds must be at least 1, not " + importDays + ", " + importInterval + ", "
                    + changeDays + " and " + changeInterval);
        }
        purges = List.of(
                PeriodicPurge.start(scheduler, importInterval, "import-history", () -> daysAgo(importDays),
                        imports::deleteStartedBefore),
                PeriodicPurge.start(scheduler, importInterval, "lucca-usage", () -> daysAgo(importDays),
                        before -> luccaUsage.deleteBefore(before.toLocalDate())),
                PeriodicPurge.start(scheduler, changeInterval, "changes", () -> daysAgo(changeDays),
                        changeLog::deletePublishedBefore),
                PeriodicPurge.start(scheduler, importInterval, "push-deliveries",
                        () -> OffsetDateTime.now(clock).minus(PushDeliveries.RETENTION), pushDeliveries::deleteDeliveredBefore));
    }

    @PreDestroy
    void stop() {
        purges.forEach(PeriodicPurge::cancel);
    }

    private OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(clock).minusDays(days);
    }
}
