package dev.luccaokta.sandbox.data;

/** How an extended data field is structured, with the spelling Lucca uses for it. */
public enum ExtendedDataKind {
    /** One value of a {@link ExtendedDataType}. */
    SIMPLE("simple"),
    /** A choice among a fixed list, shown as {@code {id, name}}. */
    COMPOUND("compound"),
    /** An object made of the sub-fields the environment configured. */
    CONFIGURABLE_COMPOUND("configurableCompound"),
    /** A list of objects made of the configured sub-fields. */
    MULTIPLE_OCCURRENCES("multipleOccurrences");

    private final String code;

    ExtendedDataKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
