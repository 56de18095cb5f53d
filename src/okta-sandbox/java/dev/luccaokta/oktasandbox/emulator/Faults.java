package dev.luccaokta.oktasandbox.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The fault switched on, if any, counted down as requests meet it. A hang ends early when the fault is cleared or
 * the emulator reset, so that no request outlives the test that made it hang.
 */
@ApplicationScoped
public class Faults {
    private Fault current;
    private CountDownLatch release = new CountDownLatch(1);

    public synchronized void set(Fault fault) {
        current = fault;
    }

    /** The fault this request meets, if any, taking one from its count. */
    public synchronized Optional<Fault> take() {
        if (current == null) {
            return Optional.empty();
        }
        Fault met = current;
        if (!met.untilCleared()) {
            current = met.remaining() > 1
                    ? new Fault(met.status(), met.rateLimitReset(), met.hang(), met.remaining() - 1) : null;
        }
        return Optional.of(met);
    }

    /** Holds the request for the fault's hang, or until the faults are cleared. */
    public void hang(Fault fault) throws InterruptedException {
        CountDownLatch latch;
        synchronized (this) {
            latch = release;
        }
        latch.await(fault.hang().toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized Optional<Fault> current() {
        return Optional.ofNullable(current);
    }

    public synchronized void clear() {
        current = null;
        release.countDown();
        release = new CountDownLatch(1);
    }
}
