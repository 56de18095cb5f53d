package dev.luccaokta.writeback;

import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.tenant.ScheduledPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the audit rows last recorded longer ago than {@code audit.retention} (an ISO-8601 duration, a year by
 * default), every {@code audit.purgeIntervalSeconds}, starting with the deployment.
 */
@ApplicationScoped
public class AuditRetention extends ScheduledPurge {

    @Inject
    AuditRepository audit;

    @Inject
    @ConfigProperty(name = "audit.retention", defaultValue = "P365D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "audit.purgeIntervalSeconds", defaultValue = "3600")
    long intervalSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (retention.isNegative() || retention.isZero() || intervalSeconds < 1) {
            throw new IllegalStateException("audit.retention must be a positive duration and audit.purgeIntervalSeconds "
                    + "at least 1, not " + retention + " and " + intervalSeconds);
        }
        start(intervalSeconds);
    }

    @Override
    protected int purge() {
        return audit.deleteRecordedBefore(OffsetDateTime.now().minus(retention));
    }

    @Override
    protected String name() {
        return "audit";
    }

    @Override
    protected Object retention() {
        return retention;
    }
}
