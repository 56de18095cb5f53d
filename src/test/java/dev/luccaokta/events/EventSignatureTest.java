package dev.luccaokta.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EventSignatureTest {

    private static final String SECRET = "b3YGydKxQ8m0V1tZ4pL7cN2sR9wE6hJ5kF3gD1aB0xY8uT7iO6pA4sD2fG5hJ8kTy5neQta";
    private static final String SENT = "2026-12-06T10:00:00Z";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:02Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final byte[] BODY = "{\"id\":\"1\",\"topic\":\"employee.updated\"}".getBytes(StandardCharsets.UTF_8);

    private static String signature(String secret, String timestamp, byte[] body) {
        return Base64.getEncoder().encodeToString(EventSignature.sign(secret, timestamp, body));
    }

    @Test
    void aDeliverySignedWithTheSecretOverTimestampDotBodyIsValid() {
        assertThat(EventSignature.check(SECRET, SENT, signature(SECRET, SENT, BODY), BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.VALID);
    }

    @Test
    void theDigestIsHmacSha256OfTimestampDotBodyKeyedWithTheSecretTextAsLuccaDocumentsIt() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((SENT + "." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertThat(EventSignature.sign(SECRET, SENT, BODY)).isEqualTo(expected);
    }

    @Test
    void anotherSecretAChangedBodyOrAnotherTimestampDoNotMatch() {
        String signed = signature(SECRET, SENT, BODY);
        assertThat(EventSignature.check("another-tenants-secret", SENT, signed, BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.MISMATCH);
        assertThat(EventSignature.check(SECRET, SENT, signed, "{\"id\":\"2\"}".getBytes(StandardCharsets.UTF_8), NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.MISMATCH);
        assertThat(EventSignature.check(SECRET, "2026-12-06T10:00:01Z", signed, BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.MISMATCH);
    }

    @Test
    void aTimestampOutsideTheWindowEitherWayIsRefusedEvenWhenSignedCorrectly() {
        String old = "2026-12-06T09:54:59Z";
        String ahead = "2026-12-06T10:05:03Z";
        assertThat(EventSignature.check(SECRET, old, signature(SECRET, old, BODY), BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.OUTSIDE_WINDOW);
        assertThat(EventSignature.check(SECRET, ahead, signature(SECRET, ahead, BODY), BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.OUTSIDE_WINDOW);
        String edge = "2026-12-06T09:55:02Z";
        assertThat(EventSignature.check(SECRET, edge, signature(SECRET, edge, BODY), BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.VALID);
    }

    @Test
    void missingHeadersUnparsableTimestampsAndNonBase64SignaturesAreRefused() {
        String signed = signature(SECRET, SENT, BODY);
        assertThat(EventSignature.check(SECRET, null, signed, BODY, NOW, WINDOW)).isEqualTo(EventSignature.Verdict.MISSING);
        assertThat(EventSignature.check(SECRET, SENT, " ", BODY, NOW, WINDOW)).isEqualTo(EventSignature.Verdict.MISSING);
        assertThat(EventSignature.check(SECRET, "yesterday", signed, BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.BAD_TIMESTAMP);
        assertThat(EventSignature.check(SECRET, SENT, "not*base64!", BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.MISMATCH);
        assertThat(EventSignature.check(SECRET, SENT, "A".repeat(500), BODY, NOW, WINDOW))
                .isEqualTo(EventSignature.Verdict.MISMATCH);
    }
}
