package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lucca answered 429; the limiter now holds calls for its {@code Retry-After}, and the call may be retried. Lucca
 * answers 429 before looking at the request, so a write was not applied.
 */
public final class LuccaThrottledException extends LuccaFailure {

    private static final long serialVersionUID = 1L;

    private final LuccaErrorStatusException answer;

    public LuccaThrottledException(LuccaErrorStatusException answer) {
        super(answer.getMessage(), answer);
        this.answer = answer;
    }

    @Override
    public Kind kind() {
        return Kind.THROTTLED;
    }

    @Override
    public boolean mayHaveApplied() {
        return false;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return answer.retryAfter();
    }

    @Override
    public OptionalInt luccaStatus() {
        return answer.luccaStatus();
    }
}
