package dev.luccaokta.lucca;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The calls made to one Lucca instance over the last window, mirroring Lucca's own "N requests a minute"
 * count, plus any pause Lucca asked for with {@code Retry-After}. Not thread-safe: the limiter guards it.
 *
 * <pre>{@code
 * Duration wait = window.reserve(Instant.now()); // ZERO: the call may go now, and is counted
 * }</pre>
 */
final class RequestWindow {

    private final int limit;
    private final Duration length;
    private final Deque<Instant> calls = new ArrayDeque<>();
    private Instant pausedUntil = Instant.EPOCH;

    /**
     * @param limit  calls allowed per window
     * @param length the window, a little longer than Lucca's so that latency never lets two windows overlap
     */
    RequestWindow(int limit, Duration length) {
        if (limit < 1) {
            throw new IllegalArgumentException("A Lucca rate limit is at least 1 call per window, not " + limit);
        }
        this.limit = limit;
        this.length = length;
    }

    /** A window as {@link #toBytes} wrote it, for the instances of a cluster to share one. */
    static RequestWindow fromBytes(int limit, Duration length, byte[] bytes) {
        RequestWindow window = new RequestWindow(limit, length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        window.pausedUntil = Instant.ofEpochMilli(buffer.getLong());
        while (buffer.hasRemaining()) {
            window.calls.addLast(Instant.ofEpochMilli(buffer.getLong()));
        }
        return window;
    }

    /** The pause and the calls counted, to the millisecond. */
    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * (1 + calls.size()));
        buffer.putLong(pausedUntil.toEpochMilli());
        calls.forEach(call -> buffer.putLong(call.toEpochMilli()));
        return buffer.array();
    }

    /** Counts a call at {@code now} and answers zero, or answers how long to wait before asking again. */
    Duration reserve(Instant now) {
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        while (!calls.isEmpty() && !calls.peekFirst().plus(length).isAfter(now)) {
            calls.removeFirst();
        }
        if (calls.size() < limit) {
            calls.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(now, calls.peekFirst().plus(length));
    }

    /** Lucca answered 429: no call before {@code until}, whatever the count says. */
    void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Calls counted in the window ending at {@code now}. */
    int used(Instant now) {
        return (int) calls.stream().filter(call -> call.plus(length).isAfter(now)).count();
    }
}
