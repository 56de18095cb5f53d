package dev.luccaokta.lucca;

import java.time.Duration;

/**
 * Lucca cannot be asked right now (its request budget is spent, or it keeps failing); {@link #retryAfter()}
 * says when trying again makes sense, so that Okta can be told with {@code Retry-After}.
 */
public class LuccaUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LuccaUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
