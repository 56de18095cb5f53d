package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.ExtendedDataDefinition;
import dev.luccaokta.sandbox.data.ExtendedDataKind;
import dev.luccaokta.sandbox.data.ExtendedDataType;
import dev.luccaokta.sandbox.data.ExtendedValue;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.luccaokta.sandbox.json.JsonValues.bool;
import static dev.luccaokta.sandbox.json.JsonValues.date;
import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * Extended data as JSON: the definitions served by {@code /api/v3/extendeddatadefinitions}, and the
 * {@code extendedData} object of a user, keyed by code, with {@code null} (or {@code []} for multiple occurrences)
 * where the user has no value. A compound value is {@code {id, name}}, a configurable compound an object of its
 * sub-fields, and multiple occurrences an array of such objects.
 */
public final class ExtendedDataJson {
    private ExtendedDataJson() {
    }

    /**
     * The JSON Schema of a definition's values, as the Lucca API's attribute definitions describe them: a simple
     * type (a date is a string of format date), a choice {@code {id, name}}, an object of the sub-fields, or an
     * array of such objects.
     */
    public static JsonObject schema(ExtendedDataDefinition definition) {
        return switch (definition.kind()) {
            case SIMPLE -> simpleSchema(definition.type());
            case COMPOUND -> JsonValues.object().add("type", "object").add("properties", JsonValues.object()
                    .add("id", JsonValues.object().add("type", "integer"))
                    .add("name", JsonValues.object().add("type", "string"))).build();
            case CONFIGURABLE_COMPOUND -> fieldsSchema(definition);
            case MULTIPLE_OCCURRENCES -> JsonValues.object().add("type", "array").add("items", fieldsSchema(definition))
                    .build();
        };
    }

    private static JsonObject fieldsSchema(ExtendedDataDefinition definition) {
        JsonObjectBuilder properties = JsonValues.object();
        definition.fields().forEach(field -> properties.add(field.code(), simpleSchema(field.type())));
        return JsonValues.object().add("type", "object").add("properties", properties).build();
    }

    private static JsonObject simpleSchema(ExtendedDataType type) {
        return switch (type) {
            case STRING -> JsonValues.object().add("type", "string").build();
            case DATE -> JsonValues.object().add("type", "string").add("format", "date").build();
            case NUMBER -> JsonValues.object().add("type", "number").build();
            case BOOLEAN -> JsonValues.object().add("type", "boolean").build();
        };
    }

    public static JsonObject definition(ExtendedDataDefinition definition) {
        JsonArrayBuilder fields = JsonValues.array();
        definition.fields().forEach(field -> fields.add(JsonValues.object()
                .add("code", field.code()).add("label", field.label()).add("type", field.type().code())));
        return JsonValues.object()
                .add("code", definition.code())
                .add("label", definition.label())
                .add("kind", definition.kind().code())
                .add("type", definition.type() == null ? JsonValue.NULL : text(definition.type().code()))
                .add("fields", fields)
                .build();
    }

    /** The sub-fields {@code extendedData[...]} accepts: one per definition code; all of them by default. */
    static FieldCatalog<Map<String, ExtendedValue>> catalog(List<ExtendedDataDefinition> definitions) {
        FieldCatalog.Builder<Map<String, ExtendedValue>> builder = FieldCatalog.builder("extendedData");
        definitions.forEach(definition -> builder.leaf(definition.code(),
                values -> value(values.get(definition.code()), definition)));
        return builder.build(definitions.stream().map(ExtendedDataDefinition::code).collect(Collectors.joining(",")));
    }

    /** One value as the legacy {@code extendedData} shows it (the Lucca API's employee attributes reuse it). */
    public static JsonValue value(ExtendedValue value, ExtendedDataDefinition definition) {
        if (value == null) {
            return definition.kind() == ExtendedDataKind.MULTIPLE_OCCURRENCES
                    ? JsonValue.EMPTY_JSON_ARRAY : JsonValue.NULL;
        }
        if (value instanceof ExtendedValue.Occurrences occurrences) {
            JsonArrayBuilder items = JsonValues.array();
            occurrences.items().forEach(item -> items.add(composite(item, definition)));
            return items.build();
        }
        if (value instanceof ExtendedValue.Composite composite) {
            return composite(composite, definition);
        }
        if (value instanceof ExtendedValue.Choice choice) {
            return JsonValues.object().add("id", choice.id()).add("name", choice.name()).build();
        }
        return simple(value);
    }

    private static JsonObject composite(ExtendedValue.Composite composite, ExtendedDataDefinition definition) {
        JsonObjectBuilder object = JsonValues.object();
        definition.fields().forEach(field -> {
            ExtendedValue part = composite.values().get(field.code());
            object.add(field.code(), part == null ? JsonValue.NULL : simple(part));
        });
        return object.build();
    }

    private static JsonValue simple(ExtendedValue value) {
        if (value instanceof ExtendedValue.Text t) {
            return text(t.value());
        }
        if (value instanceof ExtendedValue.Day day) {
            return date(day.value());
        }
        if (value instanceof ExtendedValue.Number n) {
            return number(n.value());
        }
        if (value instanceof ExtendedValue.Flag flag) {
            return bool(flag.value());
        }
        throw new IllegalArgumentException("Not a simple extended value: " + value);
    }
}
