package dev.luccaokta.directory;

import dev.luccaokta.web.LogLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The pages of Okta's imports on their way to the {@link ImportHistory}: a page is answered without waiting for the
 * database, and what waits is counted in the background, a batch at a time in one transaction, in the order the pages
 * were answered, by one thread at a time. Under load that is one short transaction for many pages instead of one
 * for each. Reading the history counts what waits first ({@link #countWaiting}), so that it shows every page this
 * instance answered.
 *
 * <pre>{@code
 * pages.answered(ImportPage.served(tenantId, tokenId, "Users", 1, served));
 * }</pre>
 */
@ApplicationScoped
public class ImportPages {

    private static final Logger LOG = Logger.getLogger(ImportPages.class.getName());

    private final Queue<ImportHistory.Answered> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReentrantLock counting = new ReentrantLock();

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    ImportHistory history;

    @Inject
    Clock clock;

    /** A page answered now; it is counted soon after. */
    public void answered(ImportPage page) {
        waiting.add(new ImportHistory.Answered(page, clock.instant()));
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::countWaiting);
            } catch (RejectedExecutionException shuttingDown) {
                countWaiting();
            }
        }
    }

    /**
     * Counts every page waiting. A failure is logged and the pages dropped: the history never costs Okta a page, nor
     * a page counted twice.
     */
    public void countWaiting() {
        counting.lock();
        try {
            // Before taking the pages: one answered from now on schedules another count.
            scheduled.set(false);
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
