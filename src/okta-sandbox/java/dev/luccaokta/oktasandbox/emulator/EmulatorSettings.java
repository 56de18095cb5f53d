package dev.luccaokta.oktasandbox.emulator;

import dev.luccaokta.oktasandbox.sessions.SessionRules;
import java.time.Duration;

/**
 * The settings a test may change: how long a triggered session takes to process, the session creation window
 * (Okta: 5 minutes), the status a created session is answered with (201 as observed, 200 as the spec says) and the
 * access tokens' lifetime (Okta: one hour).
 */
public record EmulatorSettings(Duration processingDelay, Duration sessionWindow, int createStatus,
                               Duration tokenLifetime) {
    static final Duration IDLE_EXPIRY = Duration.ofHours(24);

    public EmulatorSettings {
        require(!processingDelay.isNegative() && processingDelay.compareTo(Duration.ofHours(1)) <= 0,
                "processingDelayMillis must be between 0 and 3600000");
        require(!sessionWindow.isNegative() && sessionWindow.compareTo(Duration.ofDays(1)) <= 0,
                "sessionWindowSeconds must be between 0 and 86400");
        require(createStatus == 200 || createStatus == 201, "createStatus must be 200 or 201");
        require(tokenLifetime.compareTo(Duration.ofSeconds(1)) >= 0 && tokenLifetime.compareTo(Duration.ofHours(1)) <= 0,
                "tokenLifetimeSeconds must be between 1 and 3600");
    }

    public SessionRules sessionRules() {
        return new SessionRules(sessionWindow, processingDelay, IDLE_EXPIRY);
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }
}
