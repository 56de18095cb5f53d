package dev.luccaokta.okta;

import java.time.Duration;

/**
 * Okta answered 429: the org's rate limit (or its concurrency limit) is spent until {@link #retryAfter()}. Okta
 * refuses such a request before looking at it, so a write was not applied.
 */
public final class OktaRateLimitedException extends OktaFailure {

    private static final long serialVersionUID = 1L;

    OktaRateLimitedException(OktaError error, Duration retryAfter) {
        super(Kind.RATE_LIMITED, describe(429, error), null, 429, error, retryAfter, false);
    }
}
