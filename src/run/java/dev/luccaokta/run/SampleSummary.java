package dev.luccaokta.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The count, latency percentiles and outcomes of a set of {@link Sample}s, formatted for a markdown table. */
final class SampleSummary {

    private final long[] sortedLatencies;
    /** Outcome other than OK → how many requests ended so, by outcome name. */
    private final Map<String, Long> notOk;

    private SampleSummary(long[] sortedLatencies, Map<String, Long> notOk) {
        this.sortedLatencies = sortedLatencies;
        this.notOk = notOk;
    }

    static SampleSummary of(List<Sample> samples) {
        return new SampleSummary(samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray(),
                new TreeMap<>(samples.stream().filter(s -> !s.ok())
                        .collect(Collectors.groupingBy(Sample::outcome, Collectors.counting()))));
    }

    int requests() {
        return sortedLatencies.length;
    }

    String percentile(double p) {
        if (sortedLatencies.length == 0) {
            return millis(0);
        }
        return millis(sortedLatencies[Math.max(0, Math.min(sortedLatencies.length - 1, (int) Math.ceil(p * sortedLatencies.length) - 1))]);
    }

    String max() {
        return millis(sortedLatencies.length == 0 ? 0 : sortedLatencies[sortedLatencies.length - 1]);
    }

    /** Requests that ended neither well nor throttled, with a count per outcome: {@code 3 (500: 2, timeout: 1)}. */
    String errors() {
        return countsOf(notOk.entrySet().stream().filter(e -> !e.getKey().equals(Sample.THROTTLED)).toList());
    }

    /** Requests that did not end well, throttled ones included, with a count per outcome. */
    String notOk() {
        return countsOf(List.copyOf(notOk.entrySet()));
    }

    long notOkCount() {
        return notOk.values().stream().mapToLong(Long::longValue).sum();
    }

    long throttled() {
        return notOk.getOrDefault(Sample.THROTTLED, 0L);
    }

    private static String countsOf(List<Map.Entry<String, Long>> outcomes) {
        long total = outcomes.stream().mapToLong(Map.Entry::getValue).sum();
        return total == 0 ? "0" : total + " (" + outcomes.stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format("%.1f ms", ms) : String.format("%,d ms", Math.round(ms));
    }
}
