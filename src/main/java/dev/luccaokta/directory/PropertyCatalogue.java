package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaExtendedDataDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Lucca properties a tenant can send to Okta: the standard ones and the instance's extended data, each
 * with whether it can be synchronised and why not. A tenant's selection is interpreted against it.
 *
 * <pre>{@code
 * PropertyCatalogue catalogue = PropertyCatalogue.of(lucca.extendedDataDefinitions());
 * List<CustomAttribute> declared = catalogue.customAttributes(tenant.getSelectedProperties());
 * }</pre>
 */
public final class PropertyCatalogue {

    private final List<ExtendedProperty> extended;

    private PropertyCatalogue(List<ExtendedProperty> extended) {
        this.extended = extended;
    }

    public static PropertyCatalogue of(Collection<LuccaExtendedDataDefinition> definitions) {
        return new PropertyCatalogue(definitions.stream()
                .filter(d -> d.code() != null && d.code().startsWith("e_"))
                .map(ExtendedProperty::new)
                .toList());
    }

    public List<CatalogueEntry> entries() {
        List<CatalogueEntry> entries = new ArrayList<>();
        Arrays.stream(StandardProperty.values()).map(StandardProperty::entry).forEach(entries::add);
        extended.stream().map(ExtendedProperty::entry).forEach(entries::add);
        return List.copyOf(entries);
    }

    /** The custom attributes the selection adds to the enterprise extension, for {@code /Schemas}. */
    public List<CustomAttribute> customAttributes(Set<String> selection) {
        return Stream.concat(
                        standard(selection).stream().map(StandardProperty::entry),
                        extended(selection).stream().map(ExtendedProperty::entry))
                .flatMap(entry -> entry.customAttributes().stream().map(a -> a.writable(entry.writableFromOkta())))
                .toList();
    }

    /** The selected optional standard properties, in catalogue order; unknown codes are ignored. */
    List<StandardProperty> standard(Set<String> selection) {
        return Arrays.stream(StandardProperty.values())
                .filter(p -> !p.mandatory() && selection.contains(p.code()))
                .toList();
    }

    /** The selected extended properties that can be synchronised; the others are ignored. */
    List<ExtendedProperty> extended(Set<String> selection) {
        return extended.stream().filter(p -> p.synchronisable() && selection.contains(p.code())).toList();
    }
}
