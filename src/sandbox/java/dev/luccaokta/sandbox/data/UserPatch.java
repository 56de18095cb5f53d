package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A partial update of a user file: the writable fields to change and their new values (a {@link String} for text
 * fields, a {@link LocalDate} for dates, an {@link Integer} for ids, {@code null} to clear). Applying it checks every
 * value against the reference data and either yields the whole new file or refuses with an
 * {@link InvalidDataException}; it never changes anything by itself.
 */
public final class UserPatch {
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{4,30}$");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern LOGIN = Pattern.compile("^\\S{1,100}$");
    private static final int MAX_TEXT = 255;

    private final Map<WritableField, Object> values;

    public UserPatch(Map<WritableField, Object> values) {
        this.values = values.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** The fields whose value on {@code after} differs from {@code before}. */
    public static Set<WritableField> changedFields(Employee before, Employee after) {
        return Arrays.stream(WritableField.values())
                .filter(field -> !Objects.equals(field.valueOf(before), field.valueOf(after)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WritableField.class)));
    }

    /**
     * The user file as it would be after this update, stamped {@code modifiedOn = now}. Cross-file rules (unique
     * login and mail, manager hierarchy) are the directory's to check.
     *
     * @throws InvalidDataException naming the first value that is not acceptable
     */
    public Employee applyTo(Employee current, Organization organization, LocalDateTime now) {
        Employee.Builder builder = current.toBuilder().modifiedOn(now);
        values.forEach((field, value) -> {
            if (value == null && field.isRequired()) {
                throw new InvalidDataException("Field " + field.code() + " cannot be null");
            }
            apply(field, value, builder, organization);
        });
        return builder.build();
    }

    private static void apply(WritableField field, Object value, Employee.Builder builder, Organization organization) {
        switch (field) {
            case FIRST_NAME -> builder.firstName(name(field, value));
            case LAST_NAME -> builder.lastName(name(field, value));
            case MAIL -> builder.mail(mail(field, value));
            case LOGIN -> builder.login(matching(field, value, LOGIN, "must be 1 to 100 characters without spaces"));
            case JOB_TITLE -> builder.jobTitle(text(field, value));
            case EMPLOYEE_NUMBER -> builder.employeeNumber(text(field, value));
            case BIRTH_DATE -> builder.birthDate((LocalDate) value);
            case GENDER -> builder.gender(value == null ? null : Gender.fromCode((String) value).orElseThrow(
                    () -> invalid(field, value, "must be male or female")));
            case NATIONALITY -> builder.nationality(
                    matching(field, value, COUNTRY_CODE, "must be an ISO 3166 alpha-3 country code"));
            case DIRECT_LINE -> builder.directLine(phone(field, value));
            case PROFESSIONAL_MOBILE -> builder.professionalMobile(phone(field, value));
            case PERSONAL_MOBILE -> builder.personalMobile(phone(field, value));
            case PERSONAL_EMAIL -> builder.personalEmail(mail(field, value));
            case ADDRESS -> builder.address(text(field, value));
            case CULTURE_ID -> builder.cultureId(organization.culture((Integer) value).orElseThrow(
                    () -> invalid(field, value, "is not a known culture")).id());
            case MANAGER_ID -> builder.managerId((Integer) value);
            case DEPARTMENT_ID -> builder.departmentId(organization.department((Integer) value)
                    .filter(Department::isActive)
                    .orElseThrow(() -> invalid(field, value, "is not an active department")).id());
            case LEGAL_ENTITY_ID -> builder.legalEntityId(organization.establishment((Integer) value)
                    .filter(establishment -> !establishment.isArchived())
                    .orElseThrow(() -> invalid(field, value, "is not an open establishment")).id());
        }
    }

    private static String name(WritableField field, Object value) {
        String text = text(field, value);
        if (text.isBlank()) {
            throw invalid(field, value, "cannot be blank");
        }
        return text;
    }

    private static String text(WritableField field, Object value) {
        String text = (String) value;
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid(field, "(" + text.length() + " characters)", "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static String mail(WritableField field, Object value) {
        return matching(field, value, MAIL, "is not an e-mail address");
    }

    private static String phone(WritableField field, Object value) {
        return matching(field, value, PHONE, "is not a phone number");
    }

    private static String matching(WritableField field, Object value, Pattern pattern, String rule) {
        String text = text(field, value);
        if (text != null && !pattern.matcher(text).matches()) {
            throw invalid(field, value, rule);
        }
        return text;
    }

    private static InvalidDataException invalid(WritableField field, Object value, String rule) {
        return new InvalidDataException("Invalid " + field.code() + " '" + value + "': " + rule);
    }
}
