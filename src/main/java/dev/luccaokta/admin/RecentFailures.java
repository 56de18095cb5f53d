package dev.luccaokta.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in attempts per key (an address or an account) over a sliding window that failed or are still being
 * checked: an attempt counts from the moment it is let through, so that parallel guesses cannot all pass before
 * the first is found wrong. At most {@code capacity} keys are tracked, so that spoofed addresses or invented mails
 * cannot fill the heap; past it the keys whose last attempt is oldest are forgotten, never one refused right now,
 * whose refusal flooding could otherwise lift. When every tracked key is refused, a new key goes uncounted here and
 * only the other limit ({@link SignInThrottle}) holds it.
 */
final class RecentFailures {

    private final Duration window;
    private final int limit;
    private final int capacity;
    private record Unrefused(String key, Instant last) {
    }

    /** Each key's instants, oldest first; only changed inside the map's atomic compute methods. */
    private final Map<String, Deque<Instant>> byKey = new ConcurrentHashMap<>();

    RecentFailures(Duration window, int limit, int capacity) {
        this.window = window;
        this.limit = limit;
        this.capacity = capacity;
    }

    /**
     * Counts an attempt at {@code now}, unless {@code enforced} and the key is at its limit.
     *
     * @return how long the key must wait, empty when the attempt was counted
     */
    Optional<Duration> reserve(String key, Instant now, boolean enforced) {
        if (!byKey.containsKey(key) && byKey.size() >= capacity && !makeRoom(now)) {
            return Optional.empty();
        }
        Duration[] wait = new Duration[1];
        byKey.compute(key, (k, attempts) -> {
            Deque<Instant> kept = attempts == null ? new ArrayDeque<>() : attempts;
            expire(kept, now);
            if (enforced && kept.size() >= limit) {
                Duration left = Duration.between(now, kept.peekFirst().plus(window));
                wait[0] = left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
            } else {
                kept.addLast(now);
                // Only the newest attempts up to the limit matter to when the key is free again.
                while (kept.size() > limit) {
                    kept.removeFirst();
                }
            }
            return kept.isEmpty() ? null : kept;
        });
        return Optional.ofNullable(wait[0]);
    }

    /** Takes back an attempt counted at {@code at}: it succeeded, or was refused by the other limit. */
    void release(String key, Instant at) {
        byKey.computeIfPresent(key, (k, attempts) -> {
            attempts.remove(at);
            return attempts.isEmpty() ? null : attempts;
        });
    }

    /** Whether a key may be added: expired keys go first, then the least recent ones not refused right now. */
    private synchronized boolean makeRoom(Instant now) {
        if (byKey.size() < capacity) {
            return true;
        }
        List<Unrefused> unrefused = new ArrayList<>();
        byKey.keySet().forEach(key -> byKey.computeIfPresent(key, (k, attempts) -> {
            expire(attempts, now);
            if (!attempts.isEmpty() && attempts.size() < limit) {
                unrefused.add(new Unrefused(k, attempts.peekLast()));
            }
            return attempts.isEmpty() ? null : attempts;
        }));
        // Down to nine tenths, so that a full table is not swept again at the very next attempt.
        int excess = byKey.size() - capacity * 9 / 10;
        unrefused.stream().sorted(Comparator.comparing(Unrefused::last)).limit(Math.max(0, excess))
                .forEach(old -> byKey.computeIfPresent(old.key(), (k, attempts) -> attempts.size() < limit ? null : attempts));
        return byKey.size() < capacity;
    }

    private void expire(Deque<Instant> attempts, Instant now) {
        Instant start = now.minus(window);
        while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(start)) {
            attempts.removeFirst();
        }
    }
}
