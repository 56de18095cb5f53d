package dev.luccaokta.sandbox.data;

/** The value type of a simple extended data field or of a sub-field, with the spelling Lucca uses for it. */
public enum ExtendedDataType {
    STRING("string"),
    DATE("date"),
    NUMBER("number"),
    BOOLEAN("boolean");

    private final String code;

    ExtendedDataType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
