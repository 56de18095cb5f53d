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
    private static final FieldCatalog<NamedItem> CATALOG = FieldCatalog.<NamedItem>builder("references")
            .leaf("id", item -> number(item.id()))
            .leaf("name", item -> text(item.name()))
            .build("id,name");

    private References() {
    }

    /** A reference field of {@code T}; {@code null} when {@code lookup} finds nothing. */
    static <T> FieldFactory<T> single(Function<T, Optional<NamedItem>> lookup) {
        return subFields -> {
            Projection<NamedItem> projection = CATALOG.project(subFields);
            return item -> lookup.apply(item).<JsonValue>map(projection::render).orElse(JsonValue.NULL);
        };
    }

    /** A list of references of {@code T}, such as {@code habilitedRoles}. */
    static <T> FieldFactory<T> list(Function<T, List<NamedItem>> lookup) {
        return subFields -> {
            Projection<NamedItem> projection = CATALOG.project(subFields);
            return item -> projection.renderAll(lookup.apply(item)).build();
        };
    }
}
