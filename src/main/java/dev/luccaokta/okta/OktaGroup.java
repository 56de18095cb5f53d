package dev.luccaokta.okta;

/**
 * A group as the connector pushes it to an identity source: its {@code externalId} (at most 255 characters), its
 * display name (1 to 255) and an optional description (at most 1,024).
 *
 * <pre>{@code
 * OktaGroup rd = new OktaGroup("GRP-RD", "R&D", "Lucca department");
 * }</pre>
 */
public record OktaGroup(String externalId, String displayName, String description) {

    static final int MAX_ID = 255;

    public OktaGroup {
        OktaProfile.checkExternalId(externalId, MAX_ID);
        if (displayName == null || displayName.isBlank() || displayName.length() > 255) {
            throw new IllegalArgumentException("The display name of group " + externalId + " has 1 to 255 characters");
        }
        if (description != null && description.length() > 1024) {
            throw new IllegalArgumentException("The description of group " + externalId + " is over 1024 characters");
        }
    }
}
