package dev.luccaokta.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lucca's signature of a delivery: {@code Lucca-Signature} is the base64 of HMAC-SHA256, keyed with the endpoint's
 * secret as Lucca gave it, over {@code Lucca-Timestamp + "." + the raw body}; the timestamp is the time of sending
 * and must lie within the tolerance of now, so that a delivery recorded once cannot be replayed later.
 *
 * <pre>{@code
 * EventSignature.Verdict verdict = EventSignature.check(secret, timestamp, signature, body, Instant.now(), Duration.ofMinutes(5));
 * }</pre>
 */
final class EventSignature {

    /** Longer than any timestamp or signature Lucca sends: what is longer is not worth parsing. */
    private static final int MAX_HEADER = 200;

    enum Verdict {
        VALID("valid"),
        MISSING("the Lucca-Signature or Lucca-Timestamp header is missing"),
        BAD_TIMESTAMP("Lucca-Timestamp is not a UTC ISO-8601 instant"),
        OUTSIDE_WINDOW("Lucca-Timestamp is too far from now: a delivery is accepted within minutes of being sent"),
        MISMATCH("Lucca-Signature does not match the body with this endpoint's secret");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private EventSignature() {
    }

    static Verdict check(String secret, String timestamp, String signature, byte[] body, Instant now, Duration tolerance) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        if (timestamp.length() > MAX_HEADER || signature.length() > MAX_HEADER) {
            return Verdict.MISMATCH;
        }
        Instant sent;
        try {
            sent = Instant.parse(timestamp.strip());
        } catch (DateTimeParseException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
            return Verdict.OUTSIDE_WINDOW;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return Verdict.MISMATCH;
        }
        return MessageDigest.isEqual(claimed, sign(secret, timestamp.strip(), body)) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The raw HMAC-SHA256 digest Lucca signs a delivery with. */
    static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
