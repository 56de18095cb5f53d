package dev.luccaokta.sandbox.traffic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(now::get);

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void admitsUpToTheLimitThenTellsWhenASlotFrees() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(3)).isEmpty();
            advance(Duration.ofSeconds(10));
        }

        assertThat(limiter.tryAcquire(3)).isEqualTo(OptionalLong.of(30));
    }

    @Test
    void theWindowSlides() {
        limiter.tryAcquire(2);
        advance(Duration.ofSeconds(30));
        limiter.tryAcquire(2);
        advance(Duration.ofSeconds(30));

        assertThat(limiter.tryAcquire(2)).as("the first admission left the window").isEmpty();
        assertThat(limiter.tryAcquire(2)).isEqualTo(OptionalLong.of(30));
    }

    @Test
    void refusedRequestsTakeNoSlot() {
        limiter.tryAcquire(1);
        for (int i = 0; i < 5; i++) {
            advance(Duration.ofSeconds(10));
            assertThat(limiter.tryAcquire(1)).isPresent();
        }
        advance(Duration.ofSeconds(10));

        assertThat(limiter.tryAcquire(1)).isEmpty();
    }

    @Test
    void retryAfterIsRoundedUpAndAtLeastOneSecond() {
        limiter.tryAcquire(1);
        advance(Duration.ofMillis(1_500));
        assertThat(limiter.tryAcquire(1)).isEqualTo(OptionalLong.of(59));

        advance(Duration.ofMillis(58_499));
        assertThat(limiter.tryAcquire(1)).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void aLoweredLimitWaitsForEnoughAdmissionsToExpire() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire(10);
            advance(Duration.ofSeconds(5));
        }

        assertThat(limiter.tryAcquire(2)).as("three of four must expire; the third, at 10 s, leaves at 70 s")
                .isEqualTo(OptionalLong.of(50));
    }

    @Test
    void clearingEmptiesTheWindow() {
        limiter.tryAcquire(1);
        limiter.clear();

        assertThat(limiter.tryAcquire(1)).isEmpty();
    }
}
