package dev.luccaokta.okta.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void theBackoffDoublesFromTwoSecondsUpToFiveMinutes() {
        assertThat(Retries.backoff(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Retries.backoff(1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Retries.backoff(7)).isEqualTo(Duration.ofSeconds(256));
        assertThat(Retries.backoff(8)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Retries.backoff(1000)).isEqualTo(Duration.ofMinutes(5));
    }
}
