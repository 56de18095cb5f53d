package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.AsciiFolding;
import dev.luccaokta.sandbox.data.Employee;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user property {@code orderBy} accepts. Text sorts without regard to accents or case, so that Éloïse comes
 * between Eloise and Emma rather than after Zoé.
 */
enum SortField {
    ID("id", Employee::id),
    NAME("name", Employee::name, true),
    DISPLAY_NAME("displayName", Employee::displayName, true),
    FIRST_NAME("firstName", Employee::firstName, true),
    LAST_NAME("lastName", Employee::lastName, true),
    LOGIN("login", Employee::login, true),
    MAIL("mail", Employee::mail, true),
    EMPLOYEE_NUMBER("employeeNumber", Employee::employeeNumber),
    DT_CONTRACT_START("dtContractStart", Employee::dtContractStart),
    DT_CONTRACT_END("dtContractEnd", Employee::dtContractEnd),
    BIRTH_DATE("birthDate", Employee::birthDate),
    SENIORITY_DATE("seniorityDate", Employee::seniorityDate),
    MODIFIED_ON("modifiedOn", Employee::modifiedOn);

    private final String code;
    private final Function<Employee, Comparable<?>> value;
    private final boolean text;

    SortField(String code, Function<Employee, Comparable<?>> value) {
        this(code, value, false);
    }

    SortField(String code, Function<Employee, Comparable<?>> value, boolean text) {
        this.code = code;
        this.value = value;
        this.text = text;
    }

    static Optional<SortField> fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    String code() {
        return code;
    }

    /** The employee's value for this field, or null. */
    Comparable<?> valueOf(Employee employee) {
        return value.apply(employee);
    }

    /** Whether the field is text, which sorts on its {@link #sortKey folded form}. */
    boolean isText() {
        return text;
    }

    /** What a non-null text value sorts as: plain lower case. */
    Comparable<?> sortKey(Comparable<?> value) {
        return AsciiFolding.sortKey((String) value);
    }
}
