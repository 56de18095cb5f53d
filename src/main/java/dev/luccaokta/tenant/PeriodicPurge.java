package dev.luccaokta.tenant;

import dev.luccaokta.web.LogLine;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rows older than a cutoff deleted every interval, from now on, until cancelled: a failing run is logged and the
 * next one tries again. Every instance of a cluster may purge at once: a delete by date deletes nothing twice.
 *
 * <pre>{@code
 * PeriodicPurge purge = PeriodicPurge.start(scheduler, 3600, "audit", () -> now().minus(retention), audit::deleteRecordedBefore);
 * purge.cancel();   // when the application stops
 * }</pre>
 */
public final class PeriodicPurge {

    private static final Logger LOG = Logger.getLogger(PeriodicPurge.class.getName());

    private final ScheduledFuture<?> task;

    private PeriodicPurge(ScheduledFuture<?> task) {
        this.task = task;
    }

    /** Logs {@code <what>-purged} with the rows deleted, or {@code <what>-purge-failed}. */
    public static PeriodicPurge start(ManagedScheduledExecutorService scheduler, long intervalSeconds, String what,
                                      Supplier<OffsetDateTime> cutoff, ToIntFunction<OffsetDateTime> deleteBefore) {
        return new PeriodicPurge(scheduler.scheduleWithFixedDelay(() -> purge(what, cutoff, deleteBefore), 0,
                intervalSeconds, TimeUnit.SECONDS));
    }

    public void cancel() {
        task.cancel(false);
    }

    private static void purge(String what, Supplier<OffsetDateTime> cutoff, ToIntFunction<OffsetDateTime> deleteBefore) {
        try {
            OffsetDateTime before = cutoff.get();
            int deleted = deleteBefore.applyAsInt(before);
            if (deleted > 0) {
                LOG.info(() -> LogLine.of(what + "-purged", "rows", deleted, "before", before));
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing database is reported by the readiness check.
            LOG.log(Level.WARNING, LogLine.of(what + "-purge-failed", "error", e.getClass().getSimpleName()));
        }
    }
}
