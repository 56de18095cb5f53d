package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.AsciiFolding;
import dev.luccaokta.sandbox.data.Employee;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user property {@code orderBy} accepts, with the key it sorts on. Text sorts without regard to accents or case,
 * so that Éloïse comes between Eloise and Emma rather than after Zoé.
 */
enum SortField {
    ID("id", Employee::id),
    NAME("name", e -> AsciiFolding.sortKey(e.name())),
    DISPLAY_NAME("displayName", e -> AsciiFolding.sortKey(e.displayName())),
    FIRST_NAME("firstName", e -> AsciiFolding.sortKey(e.firstName())),
    LAST_NAME("lastName", e -> AsciiFolding.sortKey(e.lastName())),
    LOGIN("login", e -> AsciiFolding.sortKey(e.login())),
    MAIL("mail", e -> AsciiFolding.sortKey(e.mail())),
    EMPLOYEE_NUMBER("employeeNumber", Employee::employeeNumber),
    DT_CONTRACT_START("dtContractStart", Employee::dtContractStart),
    DT_CONTRACT_END("dtContractEnd", Employee::dtContractEnd),
    BIRTH_DATE("birthDate", Employee::birthDate),
    SENIORITY_DATE("seniorityDate", Employee::seniorityDate),
    MODIFIED_ON("modifiedOn", Employee::modifiedOn);

    private final String code;
    private final Function<Employee, Comparable<?>> key;

    SortField(String code, Function<Employee, Comparable<?>> key) {
        this.code = code;
        this.key = key;
    }

    static Optional<SortField> fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    String code() {
        return code;
    }

    Comparable<?> keyOf(Employee employee) {
        return key.apply(employee);
    }
}
