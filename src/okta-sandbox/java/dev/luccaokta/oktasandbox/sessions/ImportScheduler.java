package dev.luccaokta.oktasandbox.sessions;

import java.time.Duration;

/** Runs a task once after a delay: the server's managed scheduled executor, or a hand-driven one in unit tests. */
@FunctionalInterface
public interface ImportScheduler {
    void schedule(Runnable task, Duration delay);
}
