package dev.luccaokta.run;

/**
 * One request of a load run: what it is counted under, when it started (ns after its phase began), how long it
 * took, how it ended ({@link #OK}, {@link #THROTTLED}, a status, "timeout", "I/O error" or "wrong result"), and its
 * path when it did not end well.
 */
record Sample(String what, long startNanos, long latencyNanos, String outcome, String path) {

    static final String OK = "ok";
    static final String THROTTLED = "throttled";

    boolean ok() {
        return outcome.equals(OK);
    }

    long endNanos() {
        return startNanos + latencyNanos;
    }
}
