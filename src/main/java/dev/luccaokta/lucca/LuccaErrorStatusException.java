package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lucca answered with an error status, or with a redirect, which the connector does not follow. Carries the status,
 * Lucca's own message (its {@code {"Status": 404, "Message": "..."}} body) and any {@code Retry-After}, never the
 * request's key. Lucca answered for itself, so a write it answered this way was not applied.
 */
public sealed class LuccaErrorStatusException extends LuccaFailure
        permits LuccaTokenRefusedException, LuccaUnusableAnswerException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String luccaMessage;
    private final Duration retryAfter;

    public LuccaErrorStatusException(int status, String luccaMessage, Duration retryAfter) {
        super("Lucca answered " + status + (luccaMessage == null ? "" : ": " + luccaMessage), null);
        this.status = status;
        this.luccaMessage = luccaMessage;
        this.retryAfter = retryAfter;
    }

    /** Lucca's own explanation, such as the field and value it refused; empty when it gave none. */
    public Optional<String> luccaMessage() {
        return Optional.ofNullable(luccaMessage);
    }

    public int status() {
        return status;
    }

    @Override
    public Kind kind() {
        return Kind.ERROR_STATUS;
    }

    @Override
    public boolean mayHaveApplied() {
        return false;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public OptionalInt luccaStatus() {
        return OptionalInt.of(status);
    }
}
