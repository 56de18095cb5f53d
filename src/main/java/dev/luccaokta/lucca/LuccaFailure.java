package dev.luccaokta.lucca;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every way a call to Lucca fails, as one sealed family that carries what callers decide on: when asking again makes
 * sense, Lucca's status when it answered, and whether a write that was sent may have been applied all the same.
 * A caller that decides what a failure means switches over its {@link #kind()} without a {@code default}, so that a
 * new kind makes the compiler point at every such decision. (Java 17 matches a switch against enum constants, not
 * types: each concrete type of the family has its own constant.)
 *
 * <pre>{@code
 * } catch (LuccaFailure failure) {
 *     return switch (failure.kind()) {
 *         case URL_REFUSED, HOST_UNRESOLVED -> notAllowed();
 *         case ERROR_STATUS, TOKEN_REFUSED, UNUSABLE_ANSWER, TRANSIENT, THROTTLED, UNAVAILABLE -> tryLater(failure);
 *     };
 * }
 * }</pre>
 *
 * MicroProfile Fault Tolerance retries by type: {@link LuccaThrottledException} and {@link LuccaTransientException}
 * are the failures worth retrying, and final, so that naming them in {@code retryOn} names nothing else.
 */
public abstract sealed class LuccaFailure extends RuntimeException
        permits LuccaErrorStatusException, LuccaTransientException, LuccaThrottledException, LuccaUnavailableException,
        LuccaUrlRefusedException {

    private static final long serialVersionUID = 1L;

    /** The concrete types of the family, one constant each. */
    public enum Kind {
        /** {@link LuccaErrorStatusException}: Lucca answered with an error status, or a redirect. */
        ERROR_STATUS,
        /** {@link LuccaTokenRefusedException}: Lucca's token endpoint refused the tenant's OAuth client. */
        TOKEN_REFUSED,
        /** {@link LuccaUnusableAnswerException}: Lucca answered something the connector cannot use. */
        UNUSABLE_ANSWER,
        /** {@link LuccaTransientException}: Lucca failed or did not answer, in a way worth trying again. */
        TRANSIENT,
        /** {@link LuccaThrottledException}: Lucca answered 429. */
        THROTTLED,
        /** {@link LuccaUnavailableException}: Lucca is not asked for now (budget spent, circuit open). */
        UNAVAILABLE,
        /** {@link LuccaUrlRefusedException}: the connector does not call this URL. */
        URL_REFUSED,
        /** {@link LuccaHostUnresolvedException}: the URL's host does not resolve now. */
        HOST_UNRESOLVED
    }

    LuccaFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Kind kind();

    /**
     * Whether a write sent with the failed call may have been applied: it reached Lucca and no answer of Lucca's own
     * says it was refused (the connection dropped or timed out, a gateway answered 502 or 504, the answer could not
     * be read). Lucca applies a write entirely or not at all, so "may" never means "in part".
     */
    public abstract boolean mayHaveApplied();

    /**
     * When asking again makes sense, where that is known: Lucca's {@code Retry-After}, or the end of the connector's
     * own pause of its calls to that Lucca.
     */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** The status Lucca, or a gateway in front of it, answered with; empty when no answer came. */
    public OptionalInt luccaStatus() {
        return OptionalInt.empty();
    }
}
