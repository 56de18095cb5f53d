package dev.luccaokta.oktasandbox.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Remembers the {@code jti} of each JWT until it expires, so that none is accepted twice. */
public final class ReplayGuard {
    private final Clock clock;
    private final Map<String, Instant> seen = new HashMap<>();

    public ReplayGuard(Clock clock) {
        this.clock = clock;
    }

    /** True the first time {@code jti} is offered; it is then refused until {@code until}. */
    public synchronized boolean firstUse(String jti, Instant until) {
        Instant now = clock.instant();
        seen.values().removeIf(expiry -> expiry.isBefore(now));
        return seen.putIfAbsent(jti, until) == null;
    }

    public synchronized void clear() {
        seen.clear();
    }
}
