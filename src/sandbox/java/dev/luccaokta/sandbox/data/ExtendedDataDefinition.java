package dev.luccaokta.sandbox.data;

import java.util.List;
import java.util.Objects;

/**
 * The definition of one environment-specific ("extended") field of the user file. Codes start with {@code e_}.
 * A simple field has a type and no sub-fields; the compound kinds have no type of their own and describe their
 * parts in {@code fields}.
 */
public record ExtendedDataDefinition(
        String code, String label, ExtendedDataKind kind, ExtendedDataType type, List<SubField> fields) {

    public ExtendedDataDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        if ((kind == ExtendedDataKind.SIMPLE) != (type != null)) {
            throw new IllegalArgumentException(code + ": only simple fields have a type");
        }
    }

    public static ExtendedDataDefinition simple(String code, String label, ExtendedDataType type) {
        return new ExtendedDataDefinition(code, label, ExtendedDataKind.SIMPLE, type, List.of());
    }

    /** One part of a compound extended data field. */
    public record SubField(String code, String label, ExtendedDataType type) {
        public SubField {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
        }
    }
}
