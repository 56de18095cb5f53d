package dev.luccaokta.writeback;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.tenant.UserNameSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The Lucca properties Okta may write, each with the SCIM attribute it comes from and the Lucca field it
 * goes to: the simple standard properties Lucca's {@code PUT /api/v3/users/{id}} accepts and the connector
 * sends to Okta as plain values. Everything else in a SCIM User is not writable ({@link AttributeRules} says
 * why).
 */
enum WritableProperty {
    LOGIN("login", ScimSlot.core("userName")),
    FIRST_NAME("firstName", ScimSlot.name("givenName")),
    LAST_NAME("lastName", ScimSlot.name("familyName")),
    MAIL("mail", ScimSlot.typed("emails", "work", "value", true)),
    JOB_TITLE("jobTitle", ScimSlot.core("title")),
    DIRECT_LINE("directLine", ScimSlot.typed("phoneNumbers", "work", "value", false)),
    PROFESSIONAL_MOBILE("professionalMobile", ScimSlot.typed("phoneNumbers", "mobile", "value", false)),
    ADDRESS("address", ScimSlot.typed("addresses", "work", "formatted", false)),
    EMPLOYEE_NUMBER("employeeNumber", ScimSlot.extension("employeeNumber")),
    BIRTH_DATE("birthDate", ScimSlot.extension("birthDate")) {
        /** Okta sends {@code yyyy-MM-dd}; Lucca takes local date-times. */
        @Override
        String toLucca(String value) throws BadRequestException {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value) + "T00:00:00";
            } catch (DateTimeParseException e) {
                throw BadRequestException.invalidValue(slot().path() + " must be a date written yyyy-MM-dd, not '" + value + "'");
            }
        }
    },
    GENDER("gender", ScimSlot.extension("gender")),
    NATIONALITY("nationality", ScimSlot.extension("nationality")),
    PERSONAL_MOBILE("personalMobile", ScimSlot.extension("personalMobile")),
    PERSONAL_EMAIL("personalEmail", ScimSlot.extension("personalEmail"));

    /** The four properties every tenant sends, whatever it selected. */
    private static final Set<WritableProperty> MANDATORY = Set.of(LOGIN, FIRST_NAME, LAST_NAME, MAIL);

    /** Where Lucca's mail also appears when the tenant sends it as Okta's userName. */
    private static final Binding MAIL_AS_USER_NAME = new Binding(MAIL, ScimSlot.core("userName"));

    private final String code;
    private final ScimSlot slot;

    WritableProperty(String code, ScimSlot slot) {
        this.code = code;
        this.slot = slot;
    }

    /** Lucca's name for the property, which is also the field {@code PUT /api/v3/users/{id}} takes. */
    String code() {
        return code;
    }

    ScimSlot slot() {
        return slot;
    }

    /** The value Lucca takes for this SCIM value ({@code null} clears the field). */
    String toLucca(String value) throws BadRequestException {
        return value;
    }

    /** A property as one SCIM attribute carries it. */
    record Binding(WritableProperty property, ScimSlot slot) {
    }

    /**
     * Where the writable properties a tenant sends to Okta are, under its selection and options: the userName
     * is Lucca's login, or its mail when the tenant sends the mail as userName.
     */
    static List<Binding> bindings(TenantView tenant) {
        List<Binding> bindings = new ArrayList<>();
        Arrays.stream(values())
                .filter(p -> MANDATORY.contains(p) || tenant.selectedProperties().contains(p.code))
                .filter(p -> p != LOGIN || tenant.userNameSource() == UserNameSource.LOGIN)
                .forEach(p -> bindings.add(new Binding(p, p.slot)));
        if (tenant.userNameSource() == UserNameSource.MAIL) {
            bindings.add(MAIL_AS_USER_NAME);
        }
        return List.copyOf(bindings);
    }
}
