package dev.luccaokta.sandbox.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    @Test
    void eachFailedAttemptWaitsTheNextDelayUntilNoneIsLeft() {
        RetrySchedule schedule = RetrySchedule.parse(RetrySchedule.DEFAULT);

        assertThat(schedule.maxAttempts()).isEqualTo(6);
        assertThat(schedule.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(5)).contains(Duration.ofHours(17));
        assertThat(schedule.delayAfter(6)).isEmpty();
    }

    @Test
    void shortDelaysForTestsParseWithFractionsAndSpaces() {
        RetrySchedule schedule = RetrySchedule.parse("PT0.5S, PT1S");

        assertThat(schedule.delays()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void anEmptyScheduleMeansOneAttempt() {
        assertThat(RetrySchedule.parse(" ").maxAttempts()).isEqualTo(1);
    }

    @Test
    void somethingThatIsNotAPositiveDurationIsRefused() {
        assertThatThrownBy(() -> RetrySchedule.parse("PT1M,ten minutes")).hasMessageContaining("'ten minutes'");
        assertThatThrownBy(() -> RetrySchedule.parse("PT0S")).hasMessageContaining("positive");
    }
}
