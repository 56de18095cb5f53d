package dev.luccaokta.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail and password pairs that matched their account's hash a short while ago ({@code admin.signInCacheSeconds},
 * 300 by default), so that HTTP Basic, which sends the password with every call, costs one PBKDF2 derivation (about
 * 140 ms of one core) per person and period rather than per call. A pair is kept only as an HMAC under a key
 * drawn at start-up and never stored, together with the hash it matched: once the account's hash changes (new
 * password) or the account goes, the pair is checked afresh. The page signs in once and holds a session instead
 * ({@link AdminSessions}); this serves scripts, which keep sending Basic.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;
    private static final String MAC = "HmacSHA256";

    private record Verified(String passwordHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "admin.signInCacheSeconds", defaultValue = "300")
    long keepSeconds;

    public VerifiedCredentials() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, MAC);
    }

    /** Whether this pair matched exactly this stored hash within the period. */
    public boolean recalls(String mail, char[] password, String passwordHash) {
        Verified entry = verified.get(fingerprint(mail, password));
        return entry != null && entry.passwordHash().equals(passwordHash) && entry.until().isAfter(clock.instant());
    }

    public void remember(String mail, char[] password, String passwordHash) {
        Instant now = clock.instant();
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !entry.until().isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(mail, password), new Verified(passwordHash, now.plus(Duration.ofSeconds(keepSeconds))));
    }

    private String fingerprint(String mail, char[] password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(mail.getBytes(StandardCharsets.UTF_8));
            // The mail cannot hold a NUL, so no other pair gives the same bytes.
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM lacks " + MAC, e);
        }
    }
}
