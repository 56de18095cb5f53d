package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Lucca call failed in a way worth trying again: Lucca answered 408, 502, 503 or 504, the connection failed
 * (refused, reset, timed out, answer cut short), or the host did not resolve. Reads are retried; writes are not,
 * since Lucca may have applied one it did not answer ({@link #mayHaveApplied()} says when).
 *
 * <pre>{@code
 * throw LuccaTransientException.answered(error.getMessage(), error);        // a 503, say
 * throw LuccaTransientException.unanswered("Lucca did not answer", cause);  // the write may have been applied
 * }</pre>
 */
public final class LuccaTransientException extends LuccaFailure {

    private static final long serialVersionUID = 1L;

    /** Lucca's answer, null when none came. */
    private final LuccaErrorStatusException answer;
    private final boolean sent;

    private LuccaTransientException(String message, Throwable cause, LuccaErrorStatusException answer, boolean sent) {
        super(message, cause);
        this.answer = answer;
        this.sent = sent;
    }

    /** Lucca, or a gateway in front of it, answered with a status that says "not now" rather than "no". */
    public static LuccaTransientException answered(String message, LuccaErrorStatusException answer) {
        return new LuccaTransientException(message, answer, answer, true);
    }

    /** The request went out and no answer came back: a write in it may have been applied. */
    public static LuccaTransientException unanswered(String message, Throwable cause) {
        return new LuccaTransientException(message, cause, null, true);
    }

    /** The request could not go out (its host does not resolve for now). */
    public static LuccaTransientException unsent(String message, Throwable cause) {
        return new LuccaTransientException(message, cause, null, false);
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }

    /**
     * Lucca's own 408 and 503 refuse the request; a gateway's 502 or 504, or no answer at all, leaves its fate
     * unknown.
     */
    @Override
    public boolean mayHaveApplied() {
        if (answer == null) {
            return sent;
        }
        return answer.status() == 502 || answer.status() == 504;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return answer == null ? Optional.empty() : answer.retryAfter();
    }

    @Override
    public OptionalInt luccaStatus() {
        return answer == null ? OptionalInt.empty() : answer.luccaStatus();
    }
}
