package dev.luccaokta.directory;

import java.util.List;
import java.util.Optional;

/**
 * One Lucca property as the connector offers it: whether it is mandatory, whether it can be synchronised to
 * Okta (and why not), whether Okta may write it back, the custom attributes it adds to the enterprise
 * extension, and where it sits in Okta's SCIM User.
 */
public record CatalogueEntry(
        String code,
        String label,
        PropertyKind kind,
        boolean mandatory,
        Optional<String> notSynchronisable,
        boolean writableFromOkta,
        List<CustomAttribute> customAttributes,
        List<ScimSlot> slots) {

    /** Whether the property sits at this attribute path ({@code title}, {@code urn:...:User:department}). */
    public boolean sitsAt(String attributePath) {
        return slots.stream().anyMatch(slot -> slot.path().equals(attributePath));
    }

    public boolean synchronisable() {
        return notSynchronisable.isEmpty();
    }
}
