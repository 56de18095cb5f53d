package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.query.FieldSelection;
import jakarta.json.JsonValue;

import java.util.function.Function;

/**
 * Prepares the rendering of one selectable field once its sub-field selection is known, so that the selection is
 * checked once per request rather than once per item.
 *
 * @param <T> the rendered item type
 */
@FunctionalInterface
public interface FieldFactory<T> {
    /** @throws dev.luccaokta.sandbox.query.QueryException when {@code subFields} is not valid for this field */
    Function<T, JsonValue> bind(FieldSelection subFields);
}
