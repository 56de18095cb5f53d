package dev.luccaokta.sandbox.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The seeded random source of a generation run, with the few shapes of draw the generator needs. {@link Random}'s
 * algorithm is fixed by its specification, so a seed gives the same sequence on every JVM.
 */
final class Draw {
    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A uniform integer in {@code [min, max]}. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A uniform real number in {@code [min, max)}. */
    double real(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An item drawn with probability proportional to its weight. */
    <T> T weighted(List<T> items, ToWeight<T> weight) {
        int total = items.stream().mapToInt(weight::of).sum();
        int ticket = random.nextInt(total);
        for (T item : items) {
            ticket -= weight.of(item);
            if (ticket < 0) {
                return item;
            }
        }
        throw new IllegalStateException("Weights changed while drawing");
    }

    /** A day {@code min..max} days after {@code origin} (negative values go back in time). */
    LocalDate dayAround(LocalDate origin, int min, int max) {
        return origin.plusDays(between(min, max));
    }

    /** A string of random decimal digits. */
    String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** Gives the weight of a weighted item. */
    @FunctionalInterface
    interface ToWeight<T> {
        int of(T item);
    }
}
