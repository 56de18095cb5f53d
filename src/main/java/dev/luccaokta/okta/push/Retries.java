package dev.luccaokta.okta.push;

import dev.luccaokta.okta.OktaFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to send again after Okta failed, and whether the failure is about the whole round (Okta is down, refuses the
 * credentials, asks to wait) or only about one person (Okta refused that profile).
 */
final class Retries {

    /** Long enough not to hammer Okta about a setting only an administrator can fix; short enough to notice the fix. */
    static final Duration SETTINGS = Duration.ofMinutes(5);
    /** A profile Okta refused waits for the person to change in Lucca, or for an administrator to look. */
    static final Duration REFUSED_PROFILE = Duration.ofMinutes(15);
    /**
     * Once Okta answers again, what waited reaches it within this: one call a minute per tenant while Okta is down is
     * gentle enough, where 5 minutes kept people from Okta up to 5 minutes after it was back.
     */
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration OKTA_SAID_NOTHING = Duration.ofMinutes(1);
    /** Okta creates one session per source every 5 minutes. */
    private static final Duration SESSION_WINDOW = Duration.ofMinutes(5);
    /** Past the window's end by our clock, for the few seconds Okta's may differ. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(2);

    private Retries() {
    }

    /** @param attempts how many times the entry was tried before, 0 the first time */
    static Duration after(OktaFailure failure, int attempts) {
        return switch (failure.kind()) {
            case RATE_LIMITED, SESSION_WINDOW -> failure.retryAfter().orElse(OKTA_SAID_NOTHING);
            case TRANSIENT, UNUSABLE_ANSWER -> failure.retryAfter().orElse(backoff(attempts));
            case FEATURE_MISSING, CREDENTIALS_REFUSED, URL_REFUSED, HOST_UNRESOLVED -> SETTINGS;
            case INVALID_REQUEST, NOT_FOUND, SESSION_STATE -> REFUSED_PROFILE;
        };
    }

    /**
     * When to ask again about a session Okta failed to report on: as Okta said, or after the backoff, never sooner than
     * the usual {@code poll}, and never later than {@link #MAX_BACKOFF}: the instance that follows the session keeps the
     * tenant's lease only while it asks.
     *
     * @param failedPolls how many times in a row Okta failed before this one
     */
    static Duration nextPoll(OktaFailure failure, int failedPolls, Duration poll) {
        return within(after(failure, failedPolls), poll, MAX_BACKOFF);
    }

    /** {@code wait}, or the nearer bound when it lies outside them. */
    static Duration within(Duration wait, Duration least, Duration most) {
        if (wait.compareTo(least) < 0) {
            return least;
        }
        return wait.compareTo(most) > 0 ? most : wait;
    }

    /**
     * How long a round waits after Okta refused a new session: until the window of the tenant's last session is over,
     * so that everyone who changed meanwhile goes in the next session together rather than each five minutes after
     * its own refusal (which would push them past the next window too); {@code otherwise} when that window is already
     * over (the session in the way is not one the connector created) or no session is known.
     */
    static Duration untilWindowOpens(Optional<Instant> lastSessionCreated, Instant now, Duration otherwise) {
        return lastSessionCreated.map(created -> created.plus(SESSION_WINDOW).plus(CLOCK_MARGIN))
                .filter(now::isBefore)
                .map(opens -> Duration.between(now, opens))
                .filter(wait -> wait.compareTo(otherwise) < 0)
                .orElse(otherwise);
    }

    /** Whether the failure is about the person sent only, so that the others of the round may still go. */
    static boolean aboutOnePerson(OktaFailure failure) {
        return switch (failure.kind()) {
            case INVALID_REQUEST, NOT_FOUND -> true;
            case RATE_LIMITED, SESSION_WINDOW, TRANSIENT, UNUSABLE_ANSWER, FEATURE_MISSING, CREDENTIALS_REFUSED,
                 URL_REFUSED, HOST_UNRESOLVED, SESSION_STATE -> false;
        };
    }

    /** What the outbox keeps as the entry's last error: the kind and Okta's summary, never a profile's value. */
    static String describe(OktaFailure failure) {
        String summary = failure.error().map(error -> ": " + error.errorCode() + " " + error.errorSummary()).orElse("");
        String status = failure.oktaStatus().isPresent() ? " (HTTP " + failure.oktaStatus().getAsInt() + ")" : "";
        String text = failure.kind() + status + summary;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** 2, 4, 8... seconds, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts, 0) + 1, 20);
        return within(Duration.ofSeconds(seconds), Duration.ZERO, MAX_BACKOFF);
    }
}
