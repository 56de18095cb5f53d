package dev.luccaokta.sandbox.traffic;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The fault settings in force, shared by every request. Taking a counted fault and counting it down happen
 * atomically, so each of the next N requests gets the fault exactly once even when they arrive together.
 */
public final class Faults {
    private final FaultSettings defaults;
    private FaultSettings current;

    public Faults(FaultSettings defaults) {
        this.defaults = defaults;
        this.current = defaults;
    }

    public synchronized FaultSettings current() {
        return current;
    }

    /** Applies a change to the settings as a whole: either all of it or, if it throws, none of it. */
    public synchronized FaultSettings update(UnaryOperator<FaultSettings> change) {
        current = change.apply(current);
        return current;
    }

    /** Back to the configured rate limit and timeout with no fault switched on. */
    public synchronized FaultSettings reset() {
        current = defaults;
        return current;
    }

    /** The Retry-After of a pending simulated 429, counting it down; empty when no storm is under way. */
    synchronized OptionalInt takeRateLimitStorm() {
        if (current.get(FaultField.RATE_LIMIT_STORM_COUNT) == 0) {
            return OptionalInt.empty();
        }
        current = countDown(FaultField.RATE_LIMIT_STORM_COUNT);
        return OptionalInt.of(current.get(FaultField.RETRY_AFTER_SECONDS));
    }

    /**
     * The next pending counted fault, counting it down. When several are pending, a dropped connection comes
     * first, then a timeout, then an error status.
     */
    synchronized Optional<Fault> takeFault() {
        if (current.get(FaultField.RESET_COUNT) > 0) {
            current = countDown(FaultField.RESET_COUNT);
            return Optional.of(Fault.DROP_CONNECTION);
        }
        if (current.get(FaultField.TIMEOUT_COUNT) > 0) {
            current = countDown(FaultField.TIMEOUT_COUNT);
            return Optional.of(Fault.TIMEOUT);
        }
        if (current.get(FaultField.ERROR_COUNT) > 0) {
            current = countDown(FaultField.ERROR_COUNT);
            return Optional.of(Fault.ERROR_STATUS);
        }
        return Optional.empty();
    }

    private FaultSettings countDown(FaultField field) {
        return current.with(field, current.get(field) - 1);
    }

    /** A fault that replaces the answer to one request. */
    enum Fault {
        DROP_CONNECTION, TIMEOUT, ERROR_STATUS
    }
}
