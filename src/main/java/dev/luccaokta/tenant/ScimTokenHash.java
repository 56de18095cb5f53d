package dev.luccaokta.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a SCIM API token: its SHA-256, hex-encoded. Tokens are long random strings, so an
 * unsalted digest is enough to make the stored value useless to whoever reads the database, while still
 * allowing a lookup by hash.
 *
 * <pre>{@code
 * repository.findByTokenHash(ScimTokenHash.of(presentedToken));
 * }</pre>
 */
public final class ScimTokenHash {

    private ScimTokenHash() {
    }

    public static String of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
