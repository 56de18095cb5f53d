package dev.luccaokta.directory;

/**
 * An attribute the connector adds inside the enterprise extension for a Lucca property that SCIM has no
 * attribute for, as an Okta administrator declares it in the Profile Editor.
 *
 * @param type     SCIM type: {@code string}, {@code boolean}, {@code decimal} or {@code integer}
 * @param writable whether Okta may write it back to Lucca (where the tenant allows write-back)
 */
public record CustomAttribute(String name, String type, boolean multiValued, String description, boolean writable) {

    CustomAttribute(String name, String type, boolean multiValued, String description) {
        this(name, type, multiValued, description, false);
    }

    static CustomAttribute string(String name, String description) {
        return new CustomAttribute(name, "string", false, description);
    }

    static CustomAttribute integer(String name, String description) {
        return new CustomAttribute(name, "integer", false, description);
    }

    CustomAttribute writable(boolean value) {
        return new CustomAttribute(name, type, multiValued, description, value);
    }
}
