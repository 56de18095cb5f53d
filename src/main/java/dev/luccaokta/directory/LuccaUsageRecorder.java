package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaUsage;
import dev.luccaokta.tenant.LuccaUsageDays;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records, every {@code lucca.usageRecordSeconds}, the calls that spent each Lucca instance's request budget here,
 * added to the day's count in the database (all instances of a cluster together; {@link HistoryRetention} forgets
 * them with the import history). Counts that could not be stored are kept for the next time.
 */
@ApplicationScoped
public class LuccaUsageRecorder {

    private static final Logger LOG = Logger.getLogger(LuccaUsageRecorder.class.getName());

    @Inject
    LuccaUsage usage;

    @Inject
    LuccaUsageDays days;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lucca.usageRecordSeconds")
    long everySeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Long> unsaved = new ConcurrentHashMap<>();
    private PeriodicFlush recording;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        recording = PeriodicFlush.start(scheduler, Duration.ofSeconds(everySeconds), this::record);
    }

    @PreDestroy
    void stop() {
        if (recording != null) {
            recording.stop();
        }
    }

    /** Adds what was spent since the last time to today's counts. */
    void record() {
        usage.take().forEach((lucca, calls) -> unsaved.merge(lucca, calls, Long::sum));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (String lucca : unsaved.keySet()) {
            Long calls = unsaved.remove(lucca);
            if (calls == null) {
                continue;
            }
            try {
                days.add(lucca, today, calls);
            } catch (RuntimeException e) {
                unsaved.merge(lucca, calls, Long::sum);
                LOG.warning(LogLine.of("lucca-usage-not-recorded", "calls", calls, "error", e.getClass().getSimpleName()));
            }
        }
    }
}
