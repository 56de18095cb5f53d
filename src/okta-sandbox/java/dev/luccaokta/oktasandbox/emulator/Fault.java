package dev.luccaokta.oktasandbox.emulator;

import java.time.Duration;

/**
 * A fault the next requests meet: an error {@code status} (500, 503, or 429 with its reset in
 * {@code rateLimitReset}), or, with {@code status} 0, a hang of {@code hang} before the request is served. It applies
 * to the next {@code remaining} requests, or to all of them until cleared when {@code remaining} is negative.
 */
public record Fault(int status, Duration rateLimitReset, Duration hang, int remaining) {
    public Fault {
        if (status != 0 && status != 429 && status != 500 && status != 503) {
            throw new IllegalArgumentException("status must be 429, 500 or 503");
        }
        if (status == 0 && (hang.isZero() || hang.compareTo(Duration.ofMinutes(5)) > 0)) {
            throw new IllegalArgumentException("A fault without status hangs for 1 ms to 5 minutes (hangMillis)");
        }
        if (rateLimitReset.isNegative() || rateLimitReset.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("resetSeconds must be between 0 and 3600");
        }
    }

    boolean untilCleared() {
        return remaining < 0;
    }
}
