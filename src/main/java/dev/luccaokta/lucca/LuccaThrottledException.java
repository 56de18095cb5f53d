package dev.luccaokta.lucca;

/** Lucca answered 429; the limiter now holds calls for its {@code Retry-After}, and the call may be retried. */
public class LuccaThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LuccaThrottledException(LuccaErrorStatusException cause) {
        super(cause.getMessage(), cause);
    }
}
