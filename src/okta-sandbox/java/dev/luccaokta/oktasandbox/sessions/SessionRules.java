package dev.luccaokta.oktasandbox.sessions;

import java.time.Duration;

/**
 * The timing of sessions: the window in which a source may create only one session (Okta: 5 minutes), how long a
 * triggered session takes to process, and how long an open session may stay idle before it expires (Okta: 24 h).
 */
public record SessionRules(Duration creationWindow, Duration processingDelay, Duration idleExpiry) {
    /** Okta's per-request and per-session limits. */
    public static final int MAX_ITEMS = 200;
    public static final int MAX_BYTES = 200 * 1024;
    public static final int MAX_REQUESTS = 50;
}
