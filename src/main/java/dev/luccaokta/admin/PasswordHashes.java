package dev.luccaokta.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Administration passwords as PBKDF2-HMAC-SHA256 hashes with 600,000 iterations (OWASP's figure for that
 * function), written {@code PBKDF2WithHmacSHA256:600000:salt:hash} in base64: the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}, so that hashes it made (2,048 iterations) still verify and can be told apart to be
 * replaced at the next sign-in.
 *
 * <pre>{@code
 * String stored = PasswordHashes.hash(password);
 * PasswordHashes.verify(password, stored);   // true
 * PasswordHashes.verifyEvenly(password, null);   // false, as slowly as a wrong password against a current hash
 * PasswordHashes.isCurrent(stored);          // false for an older, cheaper hash
 * }</pre>
 */
public final class PasswordHashes {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Matched by no password: checked in place of a missing or cheaper hash, at today's cost. */
    private static final String DECOY = hash("no account has this password".toCharArray());

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS, HASH_BYTES));
    }

    /** False for a wrong password and for a stored value that is not such a hash. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > 10 * ITERATIONS || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations, expected.length));
        } catch (IllegalArgumentException notAHash) {
            return false;
        }
    }

    /**
     * Like {@link #verify}, but a wrong password costs a current hash's work whatever is stored: an older, cheaper
     * hash, nothing ({@code null}, an unknown mail) or a value that is no hash. The time of an answer then tells
     * nothing about which accounts exist or how old their hashes are.
     */
    public static boolean verifyEvenly(char[] password, String stored) {
        boolean matches = stored != null && verify(password, stored);
        if (!matches && (stored == null || !isCurrent(stored))) {
            verify(password, DECOY);
        }
        return matches;
    }

    /** Whether the hash has today's strength; an older one is replaced at its owner's next sign-in. */
    public static boolean isCurrent(String stored) {
        String[] parts = stored.split(":");
        return parts.length == 4 && ALGORITHM.equals(parts[0]) && parts[1].equals(Integer.toString(ITERATIONS));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
