package dev.luccaokta.run;

import java.util.List;

/** Quantiles of measured times by the nearest rank, as the benchmarks print them. */
final class Percentile {

    private Percentile() {
    }

    /** The {@code p} quantile (0.5, 0.99...) of values sorted in ascending order. */
    static long of(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }
}
