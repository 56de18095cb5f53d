package dev.luccaokta.writeback;

import java.time.Duration;

/**
 * Lucca failed, throttled or did not answer during a write: Okta should retry after {@link #retryAfter()}.
 * {@link #status()} is 502 when Lucca answered with an error, 503 when it could not be asked or did not answer.
 */
public class LuccaWriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Duration retryAfter;

    public LuccaWriteFailedException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
