package dev.luccaokta.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Whether this instance takes requests, for the readiness probe: {@code STARTING} until the WAR's servlets serve,
 * {@code SERVING}, then {@code DRAINING} from the moment the server is told to stop, while the requests under way
 * finish. Counts the requests under way.
 */
@ApplicationScoped
public class ServingState {

    /** The instance's life as a load balancer should see it. */
    public enum Phase { STARTING, SERVING, DRAINING }

    // A monitor of its own: synchronized methods would lock the CDI proxy too, which wait() does not release.
    private final Object lock = new Object();
    private Phase phase = Phase.STARTING;
    private OffsetDateTime since = OffsetDateTime.now();
    private int inFlight;

    public Phase phase() {
        synchronized (lock) {
            return phase;
        }
    }

    public OffsetDateTime since() {
        synchronized (lock) {
            return since;
        }
    }

    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    void serving() {
        synchronized (lock) {
            if (phase == Phase.STARTING) {
                change(Phase.SERVING);
            }
        }
    }

    /** @return whether this call began the drain (it is begun once, by the first of the shutdown's callbacks) */
    boolean draining() {
        synchronized (lock) {
            if (phase == Phase.DRAINING) {
                return false;
            }
            change(Phase.DRAINING);
            return true;
        }
    }

    void enter() {
        synchronized (lock) {
            inFlight++;
        }
    }

    void leave() {
        synchronized (lock) {
            inFlight--;
            if (inFlight == 0) {
                lock.notifyAll();
            }
        }
    }

    /** Waits until no request is under way, or the limit passes; the requests still under way then. */
    int awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            for (long left = limit.toNanos(); inFlight > 0 && left > 0; left = deadline - System.nanoTime()) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return inFlight;
        }
    }

    private void change(Phase next) {
        phase = next;
        since = OffsetDateTime.now();
    }
}
