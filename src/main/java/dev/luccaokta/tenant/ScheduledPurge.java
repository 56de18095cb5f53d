package dev.luccaokta.tenant;

import dev.luccaokta.web.LogLine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what is kept past its retention, every {@code intervalSeconds} from {@link #start} on, on the server's
 * managed scheduler. Every instance of a cluster purges: a delete by date is idempotent, so two doing it at once
 * delete nothing twice. A failed run is logged ({@code <name>-purge-failed}) and the next one tries again; a failing
 * database is reported by the readiness check.
 */
public abstract class ScheduledPurge {

    private static final Logger LOG = Logger.getLogger(ScheduledPurge.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Called by the subclass once the application has started, its settings checked. */
    protected void start(long intervalSeconds) {
        task = scheduler.scheduleWithFixedDelay(this::run, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Deletes what is past its retention; how many rows. */
    protected abstract int purge();

    /** What is purged, as the log lines name it: {@code audit} logs {@code audit-purged}. */
    protected abstract String name();

    /** The retention, as the log line of a purge states it. */
    protected abstract Object retention();

    private void run() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.info(() -> LogLine.of(name() + "-purged", "rows", deleted, "retention", retention()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of(name() + "-purge-failed", "error", e.getClass().getSimpleName()));
        }
    }
}
