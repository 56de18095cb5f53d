package dev.luccaokta.directory;

/** How Lucca models a property, which decides whether and how it reaches Okta. */
public enum PropertyKind {
    /** A plain value: text, date, number or boolean. */
    SIMPLE,
    /** A reference to another Lucca object ({@code {id, name}}): sent as its name, plus the id. */
    COMPOUND,
    /** A value no API can change, such as the theoretical compensation. */
    READ_ONLY,
    /** An environment-specific record with several fields: cannot be synchronised. */
    CONFIGURABLE_COMPOUND,
    /** An environment-specific list of records: cannot be synchronised. */
    MULTIPLE_OCCURRENCES
}
