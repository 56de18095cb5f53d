package dev.luccaokta.sandbox.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The checked list of fields to render for each item of a response, in the order the client asked for them.
 *
 * @param <T> the rendered item type
 */
public final class Projection<T> {
    private final List<Column<T>> columns;

    Projection(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public JsonObject render(T item) {
        JsonObjectBuilder object = JsonValues.object();
        for (Column<T> column : columns) {
            object.add(column.name(), column.renderer().apply(item));
        }
        return object.build();
    }

    public JsonArrayBuilder renderAll(Collection<? extends T> items) {
        JsonArrayBuilder array = JsonValues.array();
        items.forEach(item -> array.add(render(item)));
        return array;
    }

    /** One rendered field: its name in the JSON object and how to compute its value. */
    record Column<T>(String name, Function<T, JsonValue> renderer) {
    }
}
