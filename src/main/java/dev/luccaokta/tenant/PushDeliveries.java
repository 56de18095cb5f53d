package dev.luccaokta.tenant;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How long each tenant's changes took to reach Okta: every lag is kept, {@link #RETENTION} long, so that the last
 * day's percentiles are exact and the week's hourly chart can be drawn.
 *
 * <pre>{@code
 * deliveries.record(tenantId, now, List.of(Duration.ofMillis(850), Duration.ofSeconds(3)));
 * Optional<LagFigures> lastDay = deliveries.lag(tenantId, now.minusHours(24));
 * }</pre>
 */
public interface PushDeliveries {

    /** How long lags are kept: the 7-day chart, and a day to spare. */
    Duration RETENTION = Duration.ofDays(8);

    /** Records the lags of the people delivered at {@code at} (from each one's earliest change to its delivery). */
    void record(String tenantId, OffsetDateTime at, List<Duration> lags);

    /** The lags of the deliveries since {@code since}; empty when there were none. */
    Optional<LagFigures> lag(String tenantId, OffsetDateTime since);

    /** The lags of the deliveries since {@code since} per hour (UTC), oldest first; hours without any are left out. */
    List<HourlyLag> hourly(String tenantId, OffsetDateTime since);

    /** Forgets the deliveries before {@code cutoff}; how many rows went. */
    int deleteDeliveredBefore(OffsetDateTime cutoff);
}
