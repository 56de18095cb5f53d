package dev.luccaokta.tenant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets stored in the database (Lucca API keys, OAuth client secrets) with AES-GCM: a fresh 96-bit nonce
 * per value and a 128-bit tag, so a value cannot be read or altered without the key. Each value is bound to its
 * place (associated data naming its tenant and column, see {@link SecretSlot}): a sealed value copied to another
 * row or column does not open. Sealed text is {@code v2:} followed by base64 of nonce and ciphertext. Values sealed
 * by earlier releases ({@code v1:}, bound to nothing) are only opened to be sealed again, once, by the schema
 * migration.
 *
 * <pre>{@code
 * SecretBox box = SecretBox.of(Base64.getDecoder().decode(configuredKey));
 * String stored = box.seal(apiKey, "tenant/42/lucca_api_key");
 * String apiKey = box.open(stored, "tenant/42/lucca_api_key");
 * }</pre>
 */
public final class SecretBox {

    static final String PREFIX = "v2:";
    /** Sealed by releases before values were bound to their place. */
    static final String UNBOUND_PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretBox(SecretKey key) {
        this.key = key;
    }

    /** @param key 16, 24 or 32 bytes (AES-128, -192 or -256) */
    public static SecretBox of(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("An AES key is 16, 24 or 32 bytes, not " + key.length);
        }
        return new SecretBox(new SecretKeySpec(key, "AES"));
    }

    /** @param place where the value is stored; opening it elsewhere fails */
    public String seal(String secret, String place) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws IllegalStateException when the text was not sealed for this place with this key, was altered, or is
     *                               not sealed text (plaintext, or sealed by an earlier release)
     */
    public String open(String sealed, String place) {
        if (!isSealed(sealed)) {
            throw new IllegalStateException("Not a secret sealed for its place");
        }
        return decrypt(sealed.substring(PREFIX.length()), place);
    }

    /** A value an earlier release sealed without a place, for the migration that seals it again with one. */
    String openUnbound(String sealed) {
        if (!sealed.startsWith(UNBOUND_PREFIX)) {
            throw new IllegalStateException("Not a secret sealed by an earlier release");
        }
        return decrypt(sealed.substring(UNBOUND_PREFIX.length()), null);
    }

    private String decrypt(String text, String place) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret is not base64", e);
        }
        if (bytes.length < NONCE_BYTES) {
            throw new IllegalStateException("A stored secret is too short to be sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            if (place != null) {
                cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be opened with the configured key for its place "
                    + "(connector.secretKey changed, the value was copied from another row or column, or altered)", e);
        }
    }

    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }
}
