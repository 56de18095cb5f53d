package dev.luccaokta.sandbox.traffic;

/**
 * When an admitted API request must have been answered, kept as a request attribute so that the API layer can
 * replace a late answer with a 408, as Lucca aborts requests that run too long.
 *
 * @param deadlineNanos the {@link System#nanoTime()} after which the answer is late
 */
public record RequestDeadline(long deadlineNanos, int timeoutMillis) {
    /** The request attribute holding the deadline. */
    public static final String ATTRIBUTE = RequestDeadline.class.getName();

    public boolean isPast(long nowNanos) {
        return nowNanos - deadlineNanos > 0;
    }
}
