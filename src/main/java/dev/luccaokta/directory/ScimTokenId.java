package dev.luccaokta.directory;

import dev.luccaokta.tenant.ScimTokenHash;

/**
 * A SCIM token named where the tenant's tokens must be told apart (Okta's import history) without giving anything of
 * it away: twelve hex digits of a digest of the token's stored hash, so that neither the token nor its hash can be
 * read from it, and the tenant's current and previous tokens can be named from their stored hashes.
 *
 * <pre>{@code
 * String id = ScimTokenId.of(presentedToken);
 * boolean current = id.equals(ScimTokenId.ofHash(tenant.getScimTokenHash()));
 * }</pre>
 */
public final class ScimTokenId {

    private static final int DIGITS = 12;

    private ScimTokenId() {
    }

    public static String of(String token) {
        return ofHash(ScimTokenHash.of(token));
    }

    /** @param tokenHash the token's hash as stored ({@link ScimTokenHash}) */
    public static String ofHash(String tokenHash) {
        return ScimTokenHash.of("scim-token-id:" + tokenHash).substring(0, DIGITS);
    }
}
