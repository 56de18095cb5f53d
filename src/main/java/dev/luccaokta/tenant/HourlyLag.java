package dev.luccaokta.tenant;

import java.time.Duration;
import java.time.OffsetDateTime;

/** How long the changes delivered in one hour (its start, UTC) took to reach Okta. */
public record HourlyLag(OffsetDateTime hour, long count, Duration p50, Duration max) {
}
