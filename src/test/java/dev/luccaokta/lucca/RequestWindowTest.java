package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestWindowTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void callsUpToTheLimitGoAtOnceAndTheNextWaitsForTheOldestToLeaveTheWindow() {
        RequestWindow window = new RequestWindow(3, Duration.ofSeconds(61));

        assertThat(window.reserve(T0)).isZero();
        assertThat(window.reserve(T0.plusSeconds(10))).isZero();
        assertThat(window.reserve(T0.plusSeconds(20))).isZero();

        assertThat(window.reserve(T0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(31));
        assertThat(window.used(T0.plusSeconds(30))).isEqualTo(3);
        assertThat(window.reserve(T0.plusSeconds(61))).isZero();
        assertThat(window.used(T0.plusSeconds(61))).isEqualTo(3);
        assertThat(window.reserve(T0.plusSeconds(62))).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void aWaitingCallerIsNotCounted() {
        RequestWindow window = new RequestWindow(1, Duration.ofSeconds(60));
        window.reserve(T0);

        window.reserve(T0.plusSeconds(1));
        window.reserve(T0.plusSeconds(2));

        assertThat(window.reserve(T0.plusSeconds(60))).isZero();
        assertThat(window.reserve(T0.plusSeconds(61))).isEqualTo(Duration.ofSeconds(59));
    }

    @Test
    void retryAfterHoldsEveryCallUntilItPassesEvenWithBudgetLeft() {
        RequestWindow window = new RequestWindow(50, Duration.ofSeconds(61));

        window.pauseUntil(T0.plusSeconds(7));

        assertThat(window.reserve(T0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(window.reserve(T0.plusSeconds(7))).isZero();
    }

    @Test
    void aShorterPauseDoesNotCutALongerOneShort() {
        RequestWindow window = new RequestWindow(50, Duration.ofSeconds(61));

        window.pauseUntil(T0.plusSeconds(30));
        window.pauseUntil(T0.plusSeconds(5));

        assertThat(window.reserve(T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new RequestWindow(0, Duration.ofSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowWrittenAsBytesReadsBackWithItsCallsAndPause() {
        RequestWindow window = new RequestWindow(2, Duration.ofSeconds(61));
        window.reserve(T0);
        window.reserve(T0.plusSeconds(5));
        window.pauseUntil(T0.plusSeconds(90));

        RequestWindow copy = RequestWindow.fromBytes(2, Duration.ofSeconds(61), window.toBytes());

        assertThat(copy.used(T0.plusSeconds(6))).isEqualTo(2);
        assertThat(copy.reserve(T0.plusSeconds(70))).as("the pause came along").isEqualTo(Duration.ofSeconds(20));
        assertThat(copy.toBytes()).isEqualTo(window.toBytes());
    }
}
