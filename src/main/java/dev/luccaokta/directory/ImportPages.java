package dev.luccaokta.directory;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages of Okta's imports on their way to the {@link ImportHistory}: a page is answered without waiting for the
 * database, and what waits is counted in the background every {@code imports.countMillis} (250), a batch at a time in
 * one transaction, in the order the pages were answered, by one thread at a time. Under load that is one short
 * transaction for many pages instead of one for each. Reading the history counts what waits first
 * ({@link #countWaiting}), so that it shows every page this instance answered.
 *
 * <p>One task scheduled at start-up does the counting: handing the container a task per page would cost more than the
 * count, as it captures the request's context for each.
 *
 * <pre>{@code
 * pages.answered(ImportPage.served(tenantId, tokenId, "Users", 1, served));
 * }</pre>
 */
@ApplicationScoped
public class ImportPages {

    private static final Logger LOG = Logger.getLogger(ImportPages.class.getName());

    private final Queue<ImportHistory.Answered> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock counting = new ReentrantLock();
    private PeriodicFlush counter;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "imports.countMillis")
    long countMillis;

    @Inject
    ImportHistory history;

    @Inject
    Clock clock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (countMillis < 1) {
            throw new IllegalStateException("imports.countMillis must be at least 1, not " + countMillis);
        }
        counter = PeriodicFlush.start(scheduler, Duration.ofMillis(countMillis), this::countWaiting);
    }

    /** What waits is counted before the instance stops. */
    @PreDestroy
    void stop() {
        if (counter != null) {
            counter.stop();
        }
    }

    /** A page answered now; it is counted within {@code imports.countMillis}. */
    public void answered(ImportPage page) {
        waiting.add(new ImportHistory.Answered(page, clock.instant()));
    }

    /**
     * Counts every page waiting. A failure is logged and the pages dropped: the history never costs Okta a page, nor
     * a page counted twice.
     */
    public void countWaiting() {
        counting.lock();
        try {
            List<ImportHistory.Answered> batch = new ArrayList<>();
            for (ImportHistory.Answered next = waiting.poll(); next != null; next = waiting.poll()) {
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                record(batch);
            }
        } finally {
            counting.unlock();
        }
    }

    private void record(List<ImportHistory.Answered> batch) {
        try {
            history.record(batch);
        } catch (RuntimeException e) {
            LOG.warning(LogLine.of("import-history-failed", "tenant", batch.get(0).page().tenantId(),
                    "pages", Integer.toString(batch.size()), "error", e.getClass().getSimpleName()));
        }
    }
}
