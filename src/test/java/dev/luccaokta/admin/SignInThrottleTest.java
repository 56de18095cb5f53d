package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ACCOUNT = "ada@example.com";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(15), 3, 5);

    @Test
    void anAddressPastItsFailuresWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal(ACCOUNT, "203.0.113.1")).isEmpty();
            throttle.failed(ACCOUNT, "203.0.113.1");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.refusal("other@example.com", "203.0.113.1")).contains(Duration.ofMinutes(12));
        assertThat(throttle.refusal(ACCOUNT, "198.51.100.7")).isEmpty();
        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.refusal(ACCOUNT, "203.0.113.1")).isEmpty();
    }

    @Test
    void guessesSpreadOverAddressesStopAtTheAccountLimitButNotForAnAddressItSignedInFrom() {
        throttle.succeeded(ACCOUNT, "192.0.2.10");
        for (int i = 0; i < 5; i++) {
            throttle.failed(ACCOUNT, "203.0.113." + i);
        }

        assertThat(throttle.refusal(ACCOUNT, "203.0.113.99")).isPresent();
        assertThat(throttle.refusal(ACCOUNT, "192.0.2.10")).isEmpty();
        assertThat(throttle.refusal("other@example.com", "203.0.113.99")).isEmpty();
    }

    @Test
    void theAccountLockEndsWithTheWindowHoweverManyAddressesKeepFailing() {
        for (int i = 0; i < 50; i++) {
            throttle.failed(ACCOUNT, "203.0.113." + i);
        }

        assertThat(throttle.refusal(ACCOUNT, "198.51.100.7")).isPresent();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusal(ACCOUNT, "198.51.100.7")).isEmpty();
    }
}
