package dev.luccaokta.directory;

import java.util.List;
import java.util.Optional;

/**
 * One Lucca property as the connector offers it: whether it is mandatory, whether it can be synchronised to
 * Okta (and why not), whether Okta may write it back, and the custom attributes it adds to the enterprise
 * extension.
 */
public record CatalogueEntry(
        String code,
        String label,
        PropertyKind kind,
        boolean mandatory,
        Optional<String> notSynchronisable,
        boolean writableFromOkta,
        List<CustomAttribute> customAttributes) {

    public boolean synchronisable() {
        return notSynchronisable.isEmpty();
    }
}
