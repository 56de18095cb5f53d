package dev.luccaokta.okta;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every way a call to Okta's Identity Sources API fails, as one sealed family that carries what the push mode decides
 * on: what an administrator must do, when asking again makes sense, and whether a write that was sent may have been
 * applied all the same. A caller switches over {@link #kind()} without a {@code default}, so that a new kind makes
 * the compiler point at every such decision.
 *
 * <pre>{@code
 * } catch (OktaFailure failure) {
 *     return switch (failure.kind()) {
 *         case FEATURE_MISSING, NOT_FOUND -> fallBackToSessions();
 *         case RATE_LIMITED, SESSION_WINDOW, TRANSIENT -> retryAfter(failure.retryAfter());
 *         case CREDENTIALS_REFUSED, URL_REFUSED, HOST_UNRESOLVED -> tellTheAdministrator(failure);
 *         case SESSION_STATE, INVALID_REQUEST, UNUSABLE_ANSWER -> cancelTheSession(failure);
 *     };
 * }
 * }</pre>
 *
 * The client retries its reads after a transient failure and, besides, only Okta's own protocol (a DPoP nonce, one
 * renewed token); writes are the caller's to retry. {@link OktaRateLimitedException} and
 * {@link OktaTransientException} are the failures worth retrying, and final, so that naming them in a Fault Tolerance
 * {@code retryOn} names nothing else.
 */
public abstract sealed class OktaFailure extends RuntimeException
        permits OktaRefusedException, OktaRateLimitedException, OktaTransientException, OktaUnusableAnswerException,
        OktaUrlRefusedException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    /** Okta's status, 0 when no answer came. */
    private final int status;
    private final transient OktaError error;
    private final Duration retryAfter;
    private final boolean mayHaveApplied;

    /**
     * @param status     Okta's status, 0 when no answer came
     * @param error      Okta's error body, or null
     * @param retryAfter when asking again makes sense, or null when unknown
     */
    OktaFailure(Kind kind, String message, Throwable cause, int status, OktaError error, Duration retryAfter,
                boolean mayHaveApplied) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
        this.mayHaveApplied = mayHaveApplied;
    }

    public final Kind kind() {
        return kind;
    }

    /**
     * Whether a write sent with the failed call may have been applied: it reached Okta and no answer of Okta's own
     * says it was refused.
     */
    public final boolean mayHaveApplied() {
        return mayHaveApplied;
    }

    /** When asking again makes sense, where that is known. */
    public final Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The status Okta, or a gateway in front of it, answered with; empty when no answer came. */
    public final OptionalInt oktaStatus() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Okta's error body (code, summary, causes), when it sent one. */
    public final Optional<OktaError> error() {
        return Optional.ofNullable(error);
    }

    /** The status and Okta's own words, for a message: never anything the request carried. */
    static String describe(int status, OktaError error) {
        return "Okta answered " + status + (error == null ? "" : ": " + error);
    }

    /** What went wrong, as callers decide on it. */
    public enum Kind {
        /**
         * Okta refused the identity-sources path itself (403, or 404 where the path names no user, group or session):
         * the org lacks the Identity Source Apps feature (ask Okta to enable it), the source id is wrong, or the app
         * lacks an administrator role. For the per-user and per-group calls: fall back to sessions.
         */
        FEATURE_MISSING,
        /** Okta refused the credentials: 401, {@code invalid_client}, {@code invalid_dpop_proof}, a scope missing. */
        CREDENTIALS_REFUSED,
        /** Okta answered 429; {@link #retryAfter()} says when its rate limit resets. */
        RATE_LIMITED,
        /** Okta allows one new import session per source every 5 minutes; {@link #retryAfter()} is that window. */
        SESSION_WINDOW,
        /** The session is not in a state that allows the call (start-import of a session still CREATED, say). */
        SESSION_STATE,
        /** Okta refused the request (another 400, a 409...); its {@link OktaError#causes()} say why. */
        INVALID_REQUEST,
        /** The user, group, membership or session the path names is unknown to Okta (404). */
        NOT_FOUND,
        /** Okta failed (5xx), did not answer, or timed out: {@link #mayHaveApplied()} says whether a write may stand. */
        TRANSIENT,
        /** Okta answered something the connector cannot use: a redirect, an answer too long, a body not as documented. */
        UNUSABLE_ANSWER,
        /** The connector does not call this URL ({@link OktaUrlPolicy}). */
        URL_REFUSED,
        /** The org's host does not resolve now. */
        HOST_UNRESOLVED
    }
}
