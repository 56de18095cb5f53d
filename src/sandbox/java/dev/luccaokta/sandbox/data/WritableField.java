package dev.luccaokta.sandbox.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user field that {@code PUT /api/v3/users/{id}} may change, with the JSON shape its value comes in and whether it
 * may be cleared. Every other user field is read-only through the API.
 */
public enum WritableField {
    FIRST_NAME("firstName", ValueShape.TEXT, true, Employee::firstName),
    LAST_NAME("lastName", ValueShape.TEXT, true, Employee::lastName),
    MAIL("mail", ValueShape.TEXT, true, Employee::mail),
    LOGIN("login", ValueShape.TEXT, true, Employee::login),
    JOB_TITLE("jobTitle", ValueShape.TEXT, false, Employee::jobTitle),
    EMPLOYEE_NUMBER("employeeNumber", ValueShape.TEXT, false, Employee::employeeNumber),
    BIRTH_DATE("birthDate", ValueShape.DATE, false, Employee::birthDate),
    GENDER("gender", ValueShape.TEXT, false, Employee::gender),
    NATIONALITY("nationality", ValueShape.TEXT, false, Employee::nationality),
    DIRECT_LINE("directLine", ValueShape.TEXT, false, Employee::directLine),
    PROFESSIONAL_MOBILE("professionalMobile", ValueShape.TEXT, false, Employee::professionalMobile),
    PERSONAL_MOBILE("personalMobile", ValueShape.TEXT, false, Employee::personalMobile),
    PERSONAL_EMAIL("personalEmail", ValueShape.TEXT, false, Employee::personalEmail),
    ADDRESS("address", ValueShape.TEXT, false, Employee::address),
    CULTURE_ID("cultureId", ValueShape.ID, true, Employee::cultureId),
    MANAGER_ID("managerId", ValueShape.ID, false, Employee::managerId),
    DEPARTMENT_ID("departmentId", ValueShape.ID, true, Employee::departmentId),
    LEGAL_ENTITY_ID("legalEntityId", ValueShape.ID, true, Employee::legalEntityId);

    private final String code;
    private final ValueShape shape;
    private final boolean required;
    private final Function<Employee, Object> reader;

    WritableField(String code, ValueShape shape, boolean required, Function<Employee, Object> reader) {
        this.code = code;
        this.shape = shape;
        this.required = required;
        this.reader = reader;
    }

    public String code() {
        return code;
    }

    public ValueShape shape() {
        return shape;
    }

    public boolean isRequired() {
        return required;
    }

    /** The field's value on a user file, to tell which fields an update really changes. */
    public Object valueOf(Employee employee) {
        return reader.apply(employee);
    }

    public static Optional<WritableField> fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /** The JSON shape of a writable field's value: a string, a date string or an integer id. */
    public enum ValueShape {
        TEXT, DATE, ID
    }
}
