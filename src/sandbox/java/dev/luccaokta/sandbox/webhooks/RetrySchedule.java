package dev.luccaokta.sandbox.webhooks;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The waits between a delivery's attempts: the first attempt, then one retry after each delay, then the delivery
 * has failed.
 *
 * <pre>{@code
 * RetrySchedule schedule = RetrySchedule.parse("PT1M,PT10M");
 * schedule.delayAfter(1);   // Optional[PT1M]: the wait before the second attempt
 * schedule.delayAfter(3);   // empty: three attempts made, none left
 * }</pre>
 */
public record RetrySchedule(List<Duration> delays) {
    public static final String DEFAULT = "PT1M,PT10M,PT1H,PT6H,PT17H";

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("Retry delays must be positive: " + delays);
        }
    }

    /** @throws IllegalArgumentException naming the value that is not an ISO-8601 duration */
    public static RetrySchedule parse(String text) {
        if (text.isBlank()) {
            return new RetrySchedule(List.of());
        }
        return new RetrySchedule(Arrays.stream(text.split(",")).map(String::trim).map(value -> {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 duration such as PT1M", e);
            }
        }).toList());
    }

    /** The wait before the next attempt once {@code attemptsMade} attempts failed; empty when none is left. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= delays.size() ? Optional.of(delays.get(attemptsMade - 1))
                : Optional.empty();
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
