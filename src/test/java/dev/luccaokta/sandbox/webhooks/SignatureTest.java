package dev.luccaokta.sandbox.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTest {
    private static final byte[] BODY = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theTimestampIsUtcWithoutFraction() {
        assertThat(Signature.timestamp(Instant.parse("2025-01-01T08:34:23.987Z"))).isEqualTo("2025-01-01T08:34:23Z");
    }

    @Test
    void theSignatureIsPaddedBase64OfHmacSha256OverTimestampDotBody() {
        // Computed independently: printf '2025-01-01T08:34:23Z.{"id":"1"}' | openssl dgst -sha256 -hmac s3cr3t -binary | base64
        assertThat(Signature.sign("s3cr3t", "2025-01-01T08:34:23Z", BODY))
                .isEqualTo("ewDg5j6OGVMa7qS2RnJzhd9alw7He1GA4TiJMcROhVg=");
    }

    @Test
    void anotherTimestampOrKeyGivesAnotherSignature() {
        String signature = Signature.sign("s3cr3t", "2025-01-01T08:34:23Z", BODY);

        assertThat(Signature.sign("s3cr3t", "2025-01-01T08:34:24Z", BODY)).isNotEqualTo(signature);
        assertThat(Signature.sign("other", "2025-01-01T08:34:23Z", BODY)).isNotEqualTo(signature);
    }
}
