package dev.luccaokta.okta;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Okta's error answers as {@link OktaFailure}s. What a status means depends on where it was answered
 * ({@link Target}): a 404 on a path that names nothing but the source says the identity-sources API is not there,
 * while on a path that names a user, a group or a session it says that one is unknown.
 *
 * <pre>{@code
 * throw OktaErrors.failure(answer, OktaErrors.Target.SESSION, clock.instant());
 * }</pre>
 */
final class OktaErrors {

    /** Where a call goes, which decides what some statuses mean. */
    enum Target {
        /** The org's token endpoint. */
        TOKEN,
        /** A path that names only the identity source (create or list sessions, create a user or a group). */
        SOURCE,
        /** A path that names a session (get, cancel, start-import, bulk uploads). */
        SESSION,
        /** A path that names a user, a group or a membership. */
        ENTITY
    }

    /** Okta allows one new session per source every 5 minutes. */
    static final Duration SESSION_WINDOW = Duration.ofMinutes(5);
    /** When Okta says 429 without saying until when: its rate limits are counted by the minute. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
    /** A reset further away than this is a clock gone wrong (Okta's or a proxy's), not a rate limit. */
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private OktaErrors() {
    }

    /** The failure an answer that is not a success stands for. */
    static OktaFailure failure(OktaAnswer answer, Target target, Instant now) {
        int status = answer.status();
        OktaError error = OktaError.parse(answer.body()).orElse(null);
        if (status == 429) {
            return new OktaRateLimitedException(error, retryAfter(answer, now).orElse(DEFAULT_RATE_LIMIT_WAIT));
        }
        if (status == 408 || status >= 500 && status < 600) {
            return OktaTransientException.answered(status, error, retryAfter(answer, now).orElse(null));
        }
        if (status < 400 || status >= 600) {
            return new OktaUnusableAnswerException("status " + status
                    + (status >= 300 && status < 400 ? ", a redirect, which the connector does not follow" : ""));
        }
        return new OktaRefusedException(refusal(status, answer, error, target), status, error,
                isSessionWindow(status, error) ? SESSION_WINDOW : null);
    }

    private static OktaFailure.Kind refusal(int status, OktaAnswer answer, OktaError error, Target target) {
        if (target == Target.TOKEN || status == 401) {
            return OktaFailure.Kind.CREDENTIALS_REFUSED;
        }
        if (status == 403) {
            boolean scopeMissing = answer.header("WWW-Authenticate")
                    .filter(value -> value.toLowerCase(Locale.ROOT).contains("insufficient_scope")).isPresent();
            return scopeMissing ? OktaFailure.Kind.CREDENTIALS_REFUSED : OktaFailure.Kind.FEATURE_MISSING;
        }
        if (status == 404) {
            return target == Target.SOURCE ? OktaFailure.Kind.FEATURE_MISSING : OktaFailure.Kind.NOT_FOUND;
        }
        if (isSessionWindow(status, error)) {
            return OktaFailure.Kind.SESSION_WINDOW;
        }
        if (status == 400 && target == Target.SESSION && error != null
                && (error.mentions("status") || error.mentions("already triggered"))) {
            return OktaFailure.Kind.SESSION_STATE;
        }
        return OktaFailure.Kind.INVALID_REQUEST;
    }

    /** "Only one active import session per identity source is allowed to be created every 5 minutes". */
    private static boolean isSessionWindow(int status, OktaError error) {
        return status == 400 && error != null
                && (error.mentions("every 5 minutes") || error.mentions("active import session"));
    }

    /**
     * When Okta says asking again makes sense: its {@code X-Rate-Limit-Reset} (epoch seconds), else a
     * {@code Retry-After} (seconds or an HTTP date), at least one second away and at most {@link #MAX_WAIT}; empty
     * when neither is there or readable.
     */
    static Optional<Duration> retryAfter(OktaAnswer answer, Instant now) {
        Optional<Instant> reset = answer.header("X-Rate-Limit-Reset").flatMap(OktaErrors::epochSeconds);
        if (reset.isEmpty()) {
            reset = answer.header("Retry-After").flatMap(value -> retryAt(value.strip(), now));
        }
        return reset.map(at -> bounded(Duration.between(now, at)));
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> retryAt(String value, Instant now) {
        try {
            return Optional.of(now.plusSeconds(Math.min(Long.parseLong(value), MAX_WAIT.toSeconds())));
        } catch (NumberFormatException e) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration bounded(Duration wait) {
        if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
            return Duration.ofSeconds(1);
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
