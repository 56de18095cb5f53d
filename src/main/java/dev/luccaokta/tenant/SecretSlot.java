package dev.luccaokta.tenant;

/**
 * Where a sealed secret is stored: one column of one tenant's row. Its name is the associated data the secret is
 * sealed with, so that a value copied into another tenant's row, or into another column, cannot be opened.
 *
 * <pre>{@code
 * SecretSlot slot = new SecretSlot(tenant.getId(), SecretSlot.LUCCA_API_KEY);
 * String stored = slot.seal(box, apiKey);
 * String apiKey = slot.open(box, stored);
 * }</pre>
 */
record SecretSlot(String tenantId, String column) {

    static final String LUCCA_API_KEY = "lucca_api_key";
    static final String LUCCA_CLIENT_SECRET = "lucca_client_secret";
    static final String WEBHOOK_SECRET = "webhook_secret";
    static final String OKTA_PRIVATE_KEY = "okta_private_key";
    static final String OKTA_API_TOKEN = "okta_api_token";

    String seal(SecretBox box, String secret) {
        return secret == null ? null : box.seal(secret, place());
    }

    /** @throws UnreadableSecretException when the stored text is not a secret sealed for this slot with this key */
    String open(SecretBox box, String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return box.open(stored, place());
        } catch (IllegalStateException e) {
            throw new UnreadableSecretException(tenantId, column, e);
        }
    }

    /**
     * The stored text as this release stores it: a value sealed by an earlier release (bound to nothing) or stored
     * in plain text sealed for this slot; a value already sealed for it as it is.
     */
    String resealed(SecretBox box, String stored) {
        if (stored == null || SecretBox.isSealed(stored)) {
            return stored;
        }
        return seal(box, stored.startsWith(SecretBox.UNBOUND_PREFIX) ? box.openUnbound(stored) : stored);
    }

    private String place() {
        return "tenant/" + tenantId + "/" + column;
    }
}
