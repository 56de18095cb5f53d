package dev.luccaokta.cluster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that tags the cluster's shared entries, derived from {@code connector.secretKey} (HMAC-SHA256 of a fixed
 * label under it): every instance of one database holds that key already, and the key sealing the stored secrets is
 * itself used for nothing but sealing.
 */
final class GridKey {

    private static final byte[] LABEL = "lucca-okta cluster entries v1".getBytes(StandardCharsets.US_ASCII);

    private GridKey() {
    }

    /** @param secretKey {@code connector.secretKey}: base64 of 16, 24 or 32 random bytes */
    static byte[] derive(String secretKey) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secretKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("connector.secretKey must be base64 of 16, 24 or 32 random bytes", e);
        }
        if (key.length < 16) {
            throw new IllegalStateException("connector.secretKey must be base64 of 16, 24 or 32 random bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
