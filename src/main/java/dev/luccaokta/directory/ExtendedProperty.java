package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaExtendedDataDefinition;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * An environment-specific Lucca property ({@code e_xxx} extended data) as the connector offers it: simple
 * data as its value, compound data as its name plus id; configurable compound and multiple-occurrence
 * data cannot be synchronised.
 */
final class ExtendedProperty {

    private final LuccaExtendedDataDefinition definition;
    private final PropertyKind kind;

    ExtendedProperty(LuccaExtendedDataDefinition definition) {
        this.definition = definition;
        this.kind = switch (String.valueOf(definition.kind())) {
            case "simple" -> PropertyKind.SIMPLE;
            case "compound" -> PropertyKind.COMPOUND;
            case "multipleOccurrences" -> PropertyKind.MULTIPLE_OCCURRENCES;
            default -> PropertyKind.CONFIGURABLE_COMPOUND;
        };
    }

    String code() {
        return definition.code();
    }

    CatalogueEntry entry() {
        List<CustomAttribute> attributes = customAttributes();
        return new CatalogueEntry(definition.code(), definition.label(), kind, false, refusal(), false, attributes,
                attributes.stream().map(attribute -> ScimSlot.extension(attribute.name())).toList());
    }

    boolean synchronisable() {
        return refusal().isEmpty();
    }

    void emit(LuccaUser user, UserRepresentation out) {
        JsonObject data = user.extendedData();
        JsonValue value = data == null ? null : data.get(definition.code());
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        String name = definition.code();
        if (kind == PropertyKind.COMPOUND && value instanceof JsonObject compound) {
            out.extension(name, compound.getString("name", null));
            JsonValue id = compound.get("id");
            if (id instanceof JsonNumber number) {
                out.extension().put(name + "Id", number.longValue());
            }
            return;
        }
        switch (value.getValueType()) {
            case STRING -> emitString(name, ((JsonString) value).getString(), out);
            case NUMBER -> out.extension().put(name, ((JsonNumber) value).bigDecimalValue());
            case TRUE, FALSE -> out.extension().put(name, value == JsonValue.TRUE);
            default -> { } // a shape the definition does not announce: left out rather than guessed
        }
    }

    private void emitString(String name, String value, UserRepresentation out) {
        // Dates reach Okta as yyyy-MM-dd, like the standard date properties.
        boolean isDate = "date".equals(definition.type()) && value.length() >= 10;
        out.extension(name, isDate ? value.substring(0, 10) : value);
    }

    private Optional<String> refusal() {
        return switch (kind) {
            case CONFIGURABLE_COMPOUND -> Optional.of("Configurable compound data cannot be synchronised with Okta");
            case MULTIPLE_OCCURRENCES -> Optional.of("Data with multiple occurrences cannot be synchronised with Okta");
            default -> Optional.empty();
        };
    }

    private List<CustomAttribute> customAttributes() {
        String name = definition.code();
        String label = definition.label() == null ? name : definition.label();
        if (!synchronisable()) {
            return List.of();
        }
        if (kind == PropertyKind.COMPOUND) {
            return List.of(CustomAttribute.string(name, label), CustomAttribute.integer(name + "Id", label + " (Lucca id)"));
        }
        String type = switch (String.valueOf(definition.type())) {
            case "number" -> "decimal";
            case "boolean" -> "boolean";
            default -> "string";
        };
        return List.of(new CustomAttribute(name, type, false, "date".equals(definition.type()) ? label + " (yyyy-MM-dd)" : label));
    }
}
