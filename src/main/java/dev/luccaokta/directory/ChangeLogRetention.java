package dev.luccaokta.directory;

import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.ScheduledPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the publications recorded in the change log ({@link PublicationRecorder}) longer ago than
 * {@code changes.retentionDays} (30 by default), every {@code changes.purgeIntervalSeconds}, starting with the
 * deployment.
 */
@ApplicationScoped
public class ChangeLogRetention extends ScheduledPurge {

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

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retentionDays < 1 || intervalSeconds < 1) {
            throw new IllegalStateException("changes.retentionDays and changes.purgeIntervalSeconds must be at least 1, not "
                    + retentionDays + " and " + intervalSeconds);
        }
        start(intervalSeconds);
    }

    @Override
    protected int purge() {
        return changeLog.deletePublishedBefore(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(retentionDays));
    }

    @Override
    protected String name() {
        return "changes";
    }

    @Override
    protected Object retention() {
        return retentionDays + " days";
    }
}
