package dev.luccaokta.okta;

import java.time.Duration;

/**
 * A call to Okta failed in a way worth trying again: Okta answered 408 or 5xx, the connection failed (refused,
 * reset, timed out, answer cut short), or the org's host did not resolve. Whether a write may have been applied
 * depends on how far the request got ({@link #mayHaveApplied()}).
 *
 * <pre>{@code
 * throw OktaTransientException.answered(503, error, Duration.ofSeconds(30));
 * throw OktaTransientException.unanswered("Okta did not answer", cause);
 * }</pre>
 */
public final class OktaTransientException extends OktaFailure {

    private static final long serialVersionUID = 1L;

    private OktaTransientException(String message, Throwable cause, int status, OktaError error, Duration retryAfter,
                                   boolean mayHaveApplied) {
        super(Kind.TRANSIENT, message, cause, status, error, retryAfter, mayHaveApplied);
    }

    /**
     * Okta, or a gateway in front of it, answered with a status that says "not now". Its own 408 and 503 refuse the
     * request; a 500, or a gateway's 502 or 504, leaves the write's fate unknown.
     */
    static OktaTransientException answered(int status, OktaError error, Duration retryAfter) {
        boolean refused = status == 408 || status == 503;
        return new OktaTransientException(describe(status, error), null, status, error, retryAfter, !refused);
    }

    /** The request went out and no answer came back: a write in it may have been applied. */
    static OktaTransientException unanswered(String message, Throwable cause) {
        return new OktaTransientException(message, cause, 0, null, null, true);
    }

    /** The request could not go out (no connection, a host that does not resolve for now). */
    static OktaTransientException unsent(String message, Throwable cause) {
        return new OktaTransientException(message, cause, 0, null, null, false);
    }
}
