package dev.luccaokta.sandbox.traffic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Lucca's per-instance rate limit as a sliding window: a request is admitted when fewer than the limit were admitted
 * in the last 60 seconds. Refused requests do not take a slot. When refusing, it says how many whole seconds
 * (at least one) remain until a slot frees up, for the {@code Retry-After} header.
 */
public final class RateLimiter {
    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final LongSupplier nanoClock;
    private final ArrayDeque<Long> admissions = new ArrayDeque<>();

    /** @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime} */
    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** @return empty when admitted, else the whole seconds to wait before retrying */
    public synchronized OptionalLong tryAcquire(int limitPerMinute) {
        long now = nanoClock.getAsLong();
        while (!admissions.isEmpty() && now - admissions.peekFirst() >= WINDOW_NANOS) {
            admissions.pollFirst();
        }
        if (admissions.size() < limitPerMinute) {
            admissions.addLast(now);
            return OptionalLong.empty();
        }
        // With a lowered limit more than one admission may have to expire before a slot frees up.
        long freeingAdmission = nth(admissions.size() - limitPerMinute);
        long waitNanos = freeingAdmission + WINDOW_NANOS - now;
        return OptionalLong.of(Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    public synchronized void clear() {
        admissions.clear();
    }

    private long nth(int index) {
        Iterator<Long> oldestFirst = admissions.iterator();
        for (int i = 0; i < index; i++) {
            oldestFirst.next();
        }
        return oldestFirst.next();
    }
}
