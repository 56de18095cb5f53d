package dev.luccaokta.okta.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void theBackoffDoublesFromTwoSecondsUpToOneMinute() {
        assertThat(Retries.backoff(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Retries.backoff(1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Retries.backoff(4)).isEqualTo(Duration.ofSeconds(32));
        assertThat(Retries.backoff(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Retries.backoff(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aWaitIsKeptWithinItsBounds() {
        Duration poll = Duration.ofSeconds(2);
        Duration minute = Duration.ofMinutes(1);

        assertThat(Retries.within(Duration.ofMillis(500), poll, minute)).isEqualTo(poll);
        assertThat(Retries.within(Duration.ofSeconds(30), poll, minute)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Retries.within(Duration.ofMinutes(5), poll, minute)).isEqualTo(minute);
    }

    @Test
    void aRefusedSessionWaitsForTheWindowOfTheLastOneNotFiveMinutesFromTheRefusal() {
        Instant created = Instant.parse("2026-12-07T10:00:00Z");
        Duration fiveMinutes = Duration.ofMinutes(5);

        // Refused 4 minutes into the window: 1 minute and the clocks' margin, so that changes refused at 4:00 and at
        // 4:59 go in the same session at 5:02, not at 9:00 and 9:59.
        assertThat(Retries.untilWindowOpens(Optional.of(created), created.plus(Duration.ofMinutes(4)), fiveMinutes))
                .isEqualTo(Duration.ofSeconds(62));
        assertThat(Retries.untilWindowOpens(Optional.of(created), created.plusSeconds(299), fiveMinutes))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(Retries.untilWindowOpens(Optional.of(created), created.plusSeconds(301), fiveMinutes))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRefusalAfterTheLastSessionsWindowWaitsAsOktaSaid() {
        Instant created = Instant.parse("2026-12-07T10:00:00Z");
        Duration fiveMinutes = Duration.ofMinutes(5);

        // The window is over: the session in the way is another's, or still being processed.
        assertThat(Retries.untilWindowOpens(Optional.of(created), created.plus(Duration.ofMinutes(6)), fiveMinutes))
                .isEqualTo(fiveMinutes);
        assertThat(Retries.untilWindowOpens(Optional.of(created), created.plusSeconds(302), fiveMinutes))
                .isEqualTo(fiveMinutes);
        assertThat(Retries.untilWindowOpens(Optional.empty(), created, fiveMinutes)).isEqualTo(fiveMinutes);
    }
}
