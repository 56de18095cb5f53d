package dev.luccaokta.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A run of fuzzed requests: sends each probe, checks each answer, counts the statuses and keeps the first failures
 * for one report naming the seed.
 */
final class Campaign {

    private final String name;
    private final long seed;
    private final BiFunction<Probe, Http.Answer, String> checker;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long started;
    private long finished;
    private int sent;
    private int failed;

    /**
     * @param seed the seed of the probes' generator
     * @param checker what is wrong with an answer, or null
     */
    Campaign(String name, long seed, BiFunction<Probe, Http.Answer, String> checker) {
        this.name = name;
        this.seed = seed;
        this.checker = checker;
    }

    /** The answer, or null when none came (a failure of the campaign). */
    Http.Answer run(int number, Probe probe) {
        if (sent++ == 0) {
            started = System.nanoTime();
        }
        try {
            return check(number, probe);
        } finally {
            finished = System.nanoTime();
        }
    }

    private Http.Answer check(int number, Probe probe) {
        Http.Answer answer;
        try {
            answer = probe.send();
        } catch (RuntimeException e) {
            reject(number, probe, "got no answer (" + e + ")");
            return null;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        String problem = checker.apply(probe, answer);
        if (problem != null) {
            reject(number, probe, problem + ": " + answer.status() + " " + Probe.shortened(answer.body(), 800));
        }
        return answer;
    }

    /** Counts the probe as failed, for a problem found in its answer here or by the caller. */
    void reject(int number, Probe probe, String problem) {
        failed++;
        if (failures.size() < 40) {
            failures.add("#" + number + " " + problem + "\n  " + probe.describe());
        }
    }

    /** What was sent and got: the number of requests, how long they took, the seed and the count of each status. */
    String summary() {
        return String.format("Hostile %s: %d requests in %d s with seed %d; statuses %s", name, sent,
                Duration.ofNanos(finished - started).toSeconds(), seed, statuses);
    }

    /** The failed requests, if any, with how to replay them from the fuzzing's {@code replaySeed}. */
    Optional<String> failureReport(long replaySeed) {
        if (failed == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("%s fuzzing with seed %d (replay: -Dfuzz.seed=%d) failed %d of %d requests:%n%s",
                name, seed, replaySeed, failed, sent, String.join("\n", failures)));
    }
}
