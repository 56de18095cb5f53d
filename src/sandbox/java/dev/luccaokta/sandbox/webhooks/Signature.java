package dev.luccaokta.sandbox.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Lucca's delivery signature: {@code Lucca-Signature} is the standard base64 of HMAC-SHA256, keyed with the
 * endpoint's secret exactly as returned at creation (its UTF-8 bytes), over {@code Lucca-Timestamp + "." + body}.
 *
 * <pre>{@code
 * String timestamp = Signature.timestamp(clock.instant());      // 2025-01-01T08:34:23Z
 * String signature = Signature.sign(secret, timestamp, bodyBytes);
 * }</pre>
 */
public final class Signature {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Signature() {
    }

    /** {@code Lucca-Timestamp}: UTC, ISO-8601, whole seconds. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
