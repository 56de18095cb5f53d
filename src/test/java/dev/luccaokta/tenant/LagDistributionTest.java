package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Percentiles of the lags to Okta, exact by nearest rank, from lags counted per value. */
class LagDistributionTest {

    @Test
    void percentilesAreTheLagsAtTheirNearestRank() {
        LagDistribution lags = new LagDistribution();
        for (long ms = 1; ms <= 100; ms++) {
            lags.add(ms * 10, 1);
        }

        assertThat(lags.figures()).contains(new LagFigures(100, Duration.ofMillis(500), Duration.ofMillis(990),
                Duration.ofMillis(1000)));
    }

    @Test
    void countedLagsWeighTheirPercentiles() {
        LagDistribution lags = new LagDistribution();
        lags.add(200, 98);
        lags.add(5_000, 1);
        lags.add(60_000, 1);

        LagFigures figures = lags.figures().orElseThrow();

        assertThat(figures.count()).isEqualTo(100);
        assertThat(figures.p50()).isEqualTo(Duration.ofMillis(200));
        assertThat(figures.p99()).isEqualTo(Duration.ofSeconds(5));
        assertThat(figures.max()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void noLagsMakeNoFigures() {
        LagDistribution lags = new LagDistribution();
        lags.add(300, 0);

        assertThat(lags.figures()).isEmpty();
    }

    @Test
    void lagsAreStoredPerMillisecondValueAndNegativeOnesAsZero() {
        assertThat(LagDistribution.grouped(List.of(Duration.ofMillis(850), Duration.ofNanos(850_400_000),
                Duration.ofMillis(-20), Duration.ofSeconds(2)))).isEqualTo(Map.of(850L, 2, 0L, 1, 2000L, 1));
    }

    @Test
    void deliveriesAreChartedByTheirHourInUtc() {
        assertThat(JpaPushDeliveries.hourOf(OffsetDateTime.parse("2026-12-07T05:59:59.999+02:00")))
                .isEqualTo(OffsetDateTime.parse("2026-12-07T03:00:00Z"));
    }
}
