package dev.luccaokta.oktasandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The nonces the token endpoint hands out with {@code use_dpop_nonce}; each is good for five minutes. */
public final class DpopNonces {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Instant> issued = new HashMap<>();

    public DpopNonces(Clock clock) {
        this.clock = clock;
    }

    public synchronized String issue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(nonce, clock.instant().plus(LIFETIME));
        return nonce;
    }

    public synchronized boolean valid(String nonce) {
        Instant now = clock.instant();
        issued.values().removeIf(expiry -> expiry.isBefore(now));
        return nonce != null && issued.containsKey(nonce);
    }

    public synchronized void clear() {
        issued.clear();
    }
}
