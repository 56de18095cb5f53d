package dev.luccaokta.tenant;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lags counted by their value in milliseconds, and their percentiles by nearest rank: the p-th percentile is the
 * smallest lag at least p % of the lags are not longer than.
 *
 * <pre>{@code
 * LagDistribution lags = new LagDistribution();
 * lags.add(850, 3);
 * lags.add(1200, 1);
 * lags.figures();   // 4 lags, p50 850 ms, p99 1.2 s, max 1.2 s
 * }</pre>
 */
final class LagDistribution {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    /** Counts {@code count} more lags of {@code lagMillis}. */
    void add(long lagMillis, long count) {
        if (count > 0) {
            counts.merge(lagMillis, count, Long::sum);
            total += count;
        }
    }

    long count() {
        return total;
    }

    /** The p-th percentile (0 < p ≤ 100); zero when no lag was counted. */
    Duration percentile(double p) {
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        long seen = 0;
        for (Map.Entry<Long, Long> lag : counts.entrySet()) {
            seen += lag.getValue();
            if (seen >= rank) {
                return Duration.ofMillis(lag.getKey());
            }
        }
        return Duration.ZERO;
    }

    Duration max() {
        return counts.isEmpty() ? Duration.ZERO : Duration.ofMillis(counts.lastKey());
    }

    Optional<LagFigures> figures() {
        return total == 0 ? Optional.empty() : Optional.of(new LagFigures(total, percentile(50), percentile(99), max()));
    }

    /** Lags as stored: each distinct value in milliseconds (negative ones, from clocks apart, as zero) with its count. */
    static Map<Long, Integer> grouped(Iterable<Duration> lags) {
        Map<Long, Integer> grouped = new TreeMap<>();
        for (Duration lag : lags) {
            grouped.merge(Math.max(0, lag.toMillis()), 1, Integer::sum);
        }
        return grouped;
    }
}
