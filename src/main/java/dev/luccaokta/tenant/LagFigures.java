package dev.luccaokta.tenant;

import java.time.Duration;

/** How long changes took to reach Okta over a period: how many, the median, the 99th percentile and the longest. */
public record LagFigures(long count, Duration p50, Duration p99, Duration max) {
}
