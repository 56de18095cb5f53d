package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;

/**
 * Lucca answered with an error status. Carries the status, Lucca's own message (its
 * {@code {"Status": 404, "Message": "..."}} body) and any {@code Retry-After}, never the request's key.
 */
public class LuccaErrorStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String luccaMessage;
    private final Duration retryAfter;

    public LuccaErrorStatusException(int status, String luccaMessage, Duration retryAfter) {
        super("Lucca answered " + status + (luccaMessage == null ? "" : ": " + luccaMessage));
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

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
