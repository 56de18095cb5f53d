package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ACCOUNT = "ada@example.com";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(15), 3, 5);

    @Test
    void anAddressPastItsFailuresWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.attempt(ACCOUNT, "203.0.113.1").refusal()).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.attempt("other@example.com", "203.0.113.1").refusal()).contains(Duration.ofMinutes(12));
        assertThat(throttle.attempt(ACCOUNT, "198.51.100.7").refusal()).isEmpty();
        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.attempt(ACCOUNT, "203.0.113.1").refusal()).isEmpty();
    }

    @Test
    void aRightPasswordDoesNotCount() {
        for (int i = 0; i < 10; i++) {
            SignInThrottle.Attempt attempt = throttle.attempt(ACCOUNT, "203.0.113.1");
            assertThat(attempt.refusal()).isEmpty();
            attempt.succeeded();
        }
    }

    @Test
    void guessesSpreadOverAddressesStopAtTheAccountLimitButNotForAnAddressItSignedInFrom() {
        throttle.attempt(ACCOUNT, "192.0.2.10").succeeded();
        for (int i = 0; i < 5; i++) {
            throttle.attempt(ACCOUNT, "203.0.113." + i);
        }

        assertThat(throttle.attempt(ACCOUNT, "203.0.113.99").refusal()).isPresent();
        assertThat(throttle.attempt(ACCOUNT, "192.0.2.10").refusal()).isEmpty();
        assertThat(throttle.attempt("other@example.com", "203.0.113.98").refusal()).isEmpty();
    }

    @Test
    void theAccountLockEndsWithTheWindowHoweverManyAddressesKeepFailing() {
        for (int i = 0; i < 50; i++) {
            throttle.attempt(ACCOUNT, "203.0.113." + i);
        }

        assertThat(throttle.attempt(ACCOUNT, "198.51.100.7").refusal()).isPresent();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.attempt(ACCOUNT, "198.51.100.7").refusal()).isEmpty();
    }

    @Test
    void parallelGuessesFromOneAddressPassNoMoreThanItsLimit() throws Exception {
        int callers = 30;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> checked = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                checked.add(pool.submit(() -> {
                    start.await();
                    // Every caller is let through or refused before any of them is found wrong.
                    return throttle.attempt("guess" + Thread.currentThread().getId() + "@example.com", "203.0.113.1")
                            .refusal().isEmpty();
                }));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> result : checked) {
                passed += result.get() ? 1 : 0;
            }
            assertThat(passed).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIpv6NetworkIsLimitedAsOneAddress() {
        for (int i = 1; i <= 3; i++) {
            throttle.attempt("user" + i + "@example.com", "2001:db8:1:2::" + i);
        }

        assertThat(throttle.attempt("other@example.com", "2001:db8:1:2:ffff::9").refusal()).isPresent();
        assertThat(throttle.attempt("other@example.com", "2001:db8:1:3::1").refusal()).isEmpty();
    }

    @Test
    void aFullTableForgetsTheOldestKeysButNeverOneThatIsRefused() {
        SignInThrottle small = new SignInThrottle(clock, Duration.ofMinutes(15), 3, 1000, 10);
        for (int i = 0; i < 3; i++) {
            small.attempt(ACCOUNT, "203.0.113.1");
        }
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofSeconds(1));
            small.attempt("someone" + i + "@example.com", "198.51.100." + i);
        }

        assertThat(small.attempt(ACCOUNT, "203.0.113.1").refusal()).isPresent();
    }
}
