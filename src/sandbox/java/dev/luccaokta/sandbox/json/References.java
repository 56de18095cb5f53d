package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.NamedItem;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * Lucca's non-configurable compound fields ({@code department}, {@code manager}, {@code culture}...), rendered as
 * {@code {id, name}} or as the sub-fields selected in brackets ({@code manager[name]}).
 */
final class References {
    private References() {
    }

    /** The sub-fields of the reference field {@code name}, which error messages mention. */
    private static FieldCatalog<NamedItem> catalog(String name) {
        return FieldCatalog.<NamedItem>builder(name)
                .leaf("id", item -> number(item.id()))
                .leaf("name", item -> text(item.name()))
                .build("id,name");
    }

    /** A reference field of {@code T}; {@code null} when {@code lookup} finds nothing. */
    static <T> FieldFactory<T> single(String name, Function<T, Optional<NamedItem>> lookup) {
        FieldCatalog<NamedItem> catalog = catalog(name);
        return subFields -> {
            Projection<NamedItem> projection = catalog.project(subFields);
            return item -> lookup.apply(item).<JsonValue>map(projection::render).orElse(JsonValue.NULL);
        };
    }

    /** A list of references of {@code T}, such as {@code habilitedRoles}. */
    static <T> FieldFactory<T> list(String name, Function<T, List<NamedItem>> lookup) {
        FieldCatalog<NamedItem> catalog = catalog(name);
        return subFields -> {
            Projection<NamedItem> projection = catalog.project(subFields);
            return item -> projection.renderAll(lookup.apply(item)).build();
        };
    }
}
