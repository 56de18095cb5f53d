package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.query.FieldSelection;
import dev.luccaokta.sandbox.query.QueryException;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields a resource can render, by name, and the ones it renders when the client names none. It turns a
 * client's {@link FieldSelection} into a {@link Projection}, refusing unknown names with the list of valid ones.
 *
 * @param <T> the rendered item type
 */
public final class FieldCatalog<T> {
    private final String resource;
    private final Map<String, FieldFactory<T>> fields;
    private final String fieldNames;
    private final FieldSelection defaults;

    private FieldCatalog(String resource, Map<String, FieldFactory<T>> fields, String defaults) {
        this.resource = resource;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.fieldNames = String.join(", ", fields.keySet());
        this.defaults = FieldSelection.parse(defaults);
        this.defaults.fields().forEach(field -> require(field.name()));
    }

    /** @param resource how error messages name the items, e.g. "users" */
    public static <T> Builder<T> builder(String resource) {
        return new Builder<>(resource);
    }

    /**
     * The projection for a client's selection; the empty selection gives the default fields.
     *
     * @throws QueryException on an unknown field or invalid sub-fields
     */
    public Projection<T> project(FieldSelection selection) {
        List<Projection.Column<T>> columns = new ArrayList<>();
        for (FieldSelection.Field field : (selection.isEmpty() ? defaults : selection).fields()) {
            columns.add(new Projection.Column<>(field.name(), require(field.name()).bind(field.children())));
        }
        return new Projection<>(columns);
    }

    /** Every field, each with its default sub-fields, in catalog order. */
    public Projection<T> projectAll() {
        List<Projection.Column<T>> columns = new ArrayList<>();
        fields.forEach((name, factory) ->
                columns.add(new Projection.Column<>(name, factory.bind(FieldSelection.none()))));
        return new Projection<>(columns);
    }

    private FieldFactory<T> require(String name) {
        FieldFactory<T> factory = fields.get(name);
        if (factory == null) {
            throw new QueryException(
                    "Unknown field '" + name + "' for " + resource + "; available fields: " + fieldNames);
        }
        return factory;
    }

    /** Collects the fields of a catalog in the order error messages list them. */
    public static final class Builder<T> {
        private final String resource;
        private final Map<String, FieldFactory<T>> fields = new LinkedHashMap<>();

        private Builder(String resource) {
            this.resource = resource;
        }

        /** A field without sub-fields. */
        public Builder<T> leaf(String name, Function<T, JsonValue> renderer) {
            return nested(name, subFields -> {
                if (!subFields.isEmpty()) {
                    throw new QueryException("Field '" + name + "' of " + resource + " has no sub-fields");
                }
                return renderer;
            });
        }

        /** A field whose rendering depends on the sub-fields selected within brackets. */
        public Builder<T> nested(String name, FieldFactory<T> factory) {
            if (fields.put(name, factory) != null) {
                throw new IllegalArgumentException("Field " + name + " defined twice");
            }
            return this;
        }

        /** @param defaults the fields rendered when the client selects none, as a {@code fields} value */
        public FieldCatalog<T> build(String defaults) {
            return new FieldCatalog<>(resource, fields, defaults);
        }
    }
}
