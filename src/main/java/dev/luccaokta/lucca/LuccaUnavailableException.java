package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;

/**
 * Lucca cannot be asked right now (its request budget is spent, or it keeps failing), so it was not asked;
 * {@link #retryAfter()} says when trying again makes sense, so that Okta can be told with {@code Retry-After}.
 */
public final class LuccaUnavailableException extends LuccaFailure {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LuccaUnavailableException(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    public boolean mayHaveApplied() {
        return false;
    }

    /** Always known: the end of the connector's own pause. */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
