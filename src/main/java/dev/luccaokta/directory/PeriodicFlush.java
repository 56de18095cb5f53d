package dev.luccaokta.directory;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes out what a bean gathered in memory, every so often from the deployment on, and once more when it stops, so
 * that nothing gathered is left behind by a clean shutdown.
 *
 * <pre>{@code
 * flush = PeriodicFlush.start(scheduler, Duration.ofSeconds(60), this::record);   // at start-up
 * flush.stop();                                                                   // @PreDestroy
 * }</pre>
 */
final class PeriodicFlush {

    private final ScheduledFuture<?> task;
    private final Runnable flush;

    private PeriodicFlush(ScheduledFuture<?> task, Runnable flush) {
        this.task = task;
        this.flush = flush;
    }

    static PeriodicFlush start(ManagedScheduledExecutorService scheduler, Duration every, Runnable flush) {
        long millis = every.toMillis();
        return new PeriodicFlush(scheduler.scheduleWithFixedDelay(flush, millis, millis, TimeUnit.MILLISECONDS), flush);
    }

    void stop() {
        task.cancel(false);
        flush.run();
    }
}
