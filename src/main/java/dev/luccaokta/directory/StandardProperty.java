package dev.luccaokta.directory;

import static dev.luccaokta.directory.CustomAttribute.integer;
import static dev.luccaokta.directory.CustomAttribute.string;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.lucca.LuccaRef;
import dev.luccaokta.lucca.LuccaScope;
import dev.luccaokta.lucca.LuccaUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lucca's standard user properties and where each lands in Okta's SCIM User: a core attribute where SCIM has
 * one, an RFC 7643 §4.3 enterprise attribute, or a custom attribute of the same name in the enterprise
 * extension. The four mandatory ones (login, first and last name, mail) are written by {@link UserMapper}.
 */
enum StandardProperty {

    LOGIN("login", "Login", LuccaApiSource.absent("Lucca's current API has no login: userName is the professional e-mail"),
            List.of(ScimSlot.core("userName")), PropertyKind.SIMPLE, true, true, List.of(), (u, out, org) -> { }),
    FIRST_NAME("firstName", "First name", LuccaApiSource.readWith(LuccaScope.EMPLOYEES),
            List.of(ScimSlot.name("givenName")), PropertyKind.SIMPLE, true, true, List.of(), (u, out, org) -> { }),
    LAST_NAME("lastName", "Last name", LuccaApiSource.readWith(LuccaScope.EMPLOYEES),
            List.of(ScimSlot.name("familyName")), PropertyKind.SIMPLE, true, true, List.of(), (u, out, org) -> { }),
    MAIL("mail", "Professional e-mail", LuccaApiSource.readWith(LuccaScope.EMPLOYEES),
            List.of(ScimSlot.typed("emails", "work", "value", true)), PropertyKind.SIMPLE, true, true, List.of(), (u, out, org) -> { }),

    JOB_TITLE("jobTitle", "Job title", LuccaApiSource.readWith(LuccaScope.JOB_POSITIONS),
            List.of(ScimSlot.core("title")), PropertyKind.SIMPLE, false, true, List.of(),
            (u, out, org) -> out.core("title", u.jobTitle())),
    DIRECT_LINE("directLine", "Direct line", LuccaApiSource.readWith(LuccaScope.EMPLOYEES),
            List.of(ScimSlot.typed("phoneNumbers", "work", "value", false)), PropertyKind.SIMPLE, false, true, List.of(),
            (u, out, org) -> out.coreValue("phoneNumbers", "value", u.directLine(), "work")),
    PROFESSIONAL_MOBILE("professionalMobile", "Professional mobile", LuccaApiSource.absent("Lucca's current API has one professional phone number, sent as the direct line"),
            List.of(ScimSlot.typed("phoneNumbers", "mobile", "value", false)), PropertyKind.SIMPLE, false, true, List.of(),
            (u, out, org) -> out.coreValue("phoneNumbers", "value", u.professionalMobile(), "mobile")),
    ADDRESS("address", "Address", LuccaApiSource.notCarried(),
            List.of(ScimSlot.typed("addresses", "work", "formatted", false)), PropertyKind.SIMPLE, false, true, List.of(),
            (u, out, org) -> out.coreValue("addresses", "formatted", u.address(), "work")),
    CULTURE("culture", "Culture", LuccaApiSource.notCarried(),
            List.of(ScimSlot.core("preferredLanguage"), ScimSlot.core("locale")), PropertyKind.COMPOUND, false, false, List.of(), (u, out, org) -> {
        Optional<String> tag = CultureTags.tagOf(u.culture());
        tag.ifPresent(t -> out.core("preferredLanguage", t));
        tag.ifPresent(t -> out.core("locale", t));
    }),
    EMPLOYEE_NUMBER("employeeNumber", "Employee number", LuccaApiSource.readWith(LuccaScope.EMPLOYEES),
            List.of(ScimSlot.extension("employeeNumber")), PropertyKind.SIMPLE, false, true, List.of(),
            (u, out, org) -> out.extension("employeeNumber", u.employeeNumber())),
    DEPARTMENT("department", "Department", LuccaApiSource.readWith(LuccaScope.JOB_POSITIONS, LuccaScope.DEPARTMENTS),
            List.of(ScimSlot.extension("department")), PropertyKind.COMPOUND, false, false, List.of(),
            (u, out, org) -> out.extension("department", name(u.department()))),
    LEGAL_ENTITY("legalEntity", "Establishment and legal unit", LuccaApiSource.readWith(LuccaScope.JOB_POSITIONS, LuccaScope.BUSINESS_ESTABLISHMENTS, LuccaScope.LEGAL_ENTITIES),
            List.of(ScimSlot.extension("division"), ScimSlot.extension("organization")), PropertyKind.COMPOUND, false, false, List.of(),
            (u, out, org) -> {
                out.extension("division", name(u.legalEntity()));
                out.extension("organization", org.legalUnitOf(u).map(OrgStructure.Unit::name).orElse(null));
            }),
    MANAGER("manager", "Manager", LuccaApiSource.readWith(LuccaScope.JOB_POSITIONS),
            List.of(ScimSlot.extension("manager")), PropertyKind.COMPOUND, false, false, List.of(), (u, out, org) -> {
        if (u.manager() != null && u.manager().id() != null) {
            out.extension().putObject("manager")
                    .put("value", u.manager().id().toString())
                    .put("displayName", u.manager().name())
                    .put("$ref", ScimNames.USERS_PATH + u.manager().id());
        }
    }),
    CSP("csp", "Occupation category", LuccaApiSource.absent("Lucca's current API gives the occupation category's id, not its name"),
            List.of(), PropertyKind.COMPOUND, false, false, reference("csp", "Occupation category"),
            (u, out, org) -> out.extensionReference("csp", u.csp())),
    CALENDAR("calendar", "Calendar", LuccaApiSource.notCarried(),
            List.of(), PropertyKind.COMPOUND, false, false, reference("calendar", "Calendar"),
            (u, out, org) -> out.extensionReference("calendar", u.calendar())),
    ROLE_PRINCIPAL("rolePrincipal", "Main role", LuccaApiSource.absent("Roles are not in Lucca's current API"),
            List.of(), PropertyKind.COMPOUND, false, false,
            reference("rolePrincipal", "Main role"), (u, out, org) -> out.extensionReference("rolePrincipal", u.rolePrincipal())),
    HABILITED_ROLES("habilitedRoles", "Roles", LuccaApiSource.absent("Roles are not in Lucca's current API"),
            List.of(), PropertyKind.COMPOUND, false, false,
            List.of(new CustomAttribute("habilitedRoles", "string", true, "Names of the person's Lucca roles")),
            (u, out, org) -> {
                if (u.habilitedRoles() != null && !u.habilitedRoles().isEmpty()) {
                    u.habilitedRoles().stream().map(LuccaRef::name).filter(Objects::nonNull)
                            .forEach(out.extension().putArray("habilitedRoles")::add);
                }
            }),
    DT_CONTRACT_START("dtContractStart", "Contract start date", LuccaApiSource.readWith(LuccaScope.EMPLOYMENTS),
            List.of(), PropertyKind.SIMPLE, false, false,
            List.of(string("dtContractStart", "Contract start date (yyyy-MM-dd)")),
            (u, out, org) -> out.extensionDate("dtContractStart", u.dtContractStart())),
    DT_CONTRACT_END("dtContractEnd", "Contract end date", LuccaApiSource.readWith(LuccaScope.EMPLOYMENTS),
            List.of(), PropertyKind.SIMPLE, false, false,
            List.of(string("dtContractEnd", "Contract end date (yyyy-MM-dd)")),
            (u, out, org) -> out.extensionDate("dtContractEnd", u.dtContractEnd())),
    BIRTH_DATE("birthDate", "Birth date", LuccaApiSource.readWith(LuccaScope.PERSONAL_RECORDS),
            List.of(), PropertyKind.SIMPLE, false, true,
            List.of(string("birthDate", "Birth date (yyyy-MM-dd)")),
            (u, out, org) -> out.extensionDate("birthDate", u.birthDate())) {
        /** Okta sends {@code yyyy-MM-dd}; Lucca takes local date-times. */
        @Override
        public String toLucca(String value) throws BadRequestException {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value) + "T00:00:00";
            } catch (DateTimeParseException e) {
                throw BadRequestException.invalidValue(slots().get(0).path() + " must be a date written yyyy-MM-dd, not '"
                        + value + "'");
            }
        }
    },
    SENIORITY_DATE("seniorityDate", "Seniority date", LuccaApiSource.notCarried(),
            List.of(), PropertyKind.SIMPLE, false, false,
            List.of(string("seniorityDate", "Seniority date (yyyy-MM-dd)")),
            (u, out, org) -> out.extensionDate("seniorityDate", u.seniorityDate())),
    GENDER("gender", "Gender", LuccaApiSource.readWith(LuccaScope.PERSONAL_RECORDS),
            List.of(), PropertyKind.SIMPLE, false, true, List.of(string("gender", "Gender")),
            (u, out, org) -> out.extension("gender", u.gender())),
    NATIONALITY("nationality", "Nationality", LuccaApiSource.readWith(LuccaScope.PERSONAL_RECORDS),
            List.of(), PropertyKind.SIMPLE, false, true,
            List.of(string("nationality", "Nationality (ISO 3166 alpha-3)")),
            (u, out, org) -> out.extension("nationality", u.nationality())),
    PERSONAL_MOBILE("personalMobile", "Personal mobile", LuccaApiSource.readWith(LuccaScope.PERSONAL_RECORDS),
            List.of(), PropertyKind.SIMPLE, false, true,
            List.of(string("personalMobile", "Personal mobile phone")),
            (u, out, org) -> out.extension("personalMobile", u.personalMobile())),
    PERSONAL_EMAIL("personalEmail", "Personal e-mail", LuccaApiSource.readWith(LuccaScope.PERSONAL_RECORDS),
            List.of(), PropertyKind.SIMPLE, false, true,
            List.of(string("personalEmail", "Personal e-mail address")),
            (u, out, org) -> out.extension("personalEmail", u.personalEmail())),
    THEORETICAL_COMPENSATION("theoreticalCompensation", "Theoretical compensation", LuccaApiSource.notCarried(),
            List.of(), PropertyKind.READ_ONLY, false, false,
            List.of(new CustomAttribute("theoreticalCompensation", "decimal", false, "Theoretical yearly compensation"),
                    string("theoreticalCompensationCurrency", "Currency of the theoretical compensation")),
            (u, out, org) -> {
                if (u.theoreticalCompensation() != null && u.theoreticalCompensation().amount() != null) {
                    out.extension().put("theoreticalCompensation", u.theoreticalCompensation().amount());
                    out.extension("theoreticalCompensationCurrency", u.theoreticalCompensation().currency());
                }
            });

    /** Writes one property of a Lucca user into its SCIM representation. */
    @FunctionalInterface
    interface Emitter {
        void emit(LuccaUser user, UserRepresentation out, OrgStructure org);
    }

    private final String code;
    private final String label;
    private final LuccaApiSource luccaApi;
    private final List<ScimSlot> slots;
    private final PropertyKind kind;
    private final boolean mandatory;
    private final boolean writableFromOkta;
    private final List<CustomAttribute> customAttributes;
    private final Emitter emitter;

    StandardProperty(String code, String label, LuccaApiSource luccaApi, List<ScimSlot> slots, PropertyKind kind, boolean mandatory, boolean writableFromOkta,
                     List<CustomAttribute> customAttributes, Emitter emitter) {
        this.code = code;
        this.label = label;
        this.luccaApi = luccaApi;
        // A property whose values are custom attributes of the extension sits where they do.
        this.slots = slots.isEmpty() ? customAttributes.stream().map(a -> ScimSlot.extension(a.name())).toList() : slots;
        this.kind = kind;
        this.mandatory = mandatory;
        this.writableFromOkta = writableFromOkta;
        this.customAttributes = customAttributes;
        this.emitter = emitter;
    }

    String code() {
        return code;
    }

    LuccaApiSource luccaApi() {
        return luccaApi;
    }

    /** Where the property sits in Okta's SCIM User; a property Okta may write has its value in the first. */
    List<ScimSlot> slots() {
        return slots;
    }

    boolean writableFromOkta() {
        return writableFromOkta;
    }

    /** The value Lucca's {@code PUT /api/v3/users/{id}} takes for this SCIM value ({@code null} clears the field). */
    public String toLucca(String value) throws BadRequestException {
        return value;
    }

    boolean mandatory() {
        return mandatory;
    }

    void emit(LuccaUser user, UserRepresentation out, OrgStructure org) {
        emitter.emit(user, out, org);
    }

    CatalogueEntry entry() {
        return new CatalogueEntry(code, label, kind, mandatory, Optional.empty(), writableFromOkta, customAttributes, slots);
    }

    static Optional<StandardProperty> byCode(String code) {
        for (StandardProperty property : values()) {
            if (property.code.equals(code)) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    private static List<CustomAttribute> reference(String name, String label) {
        return List.of(string(name, label), integer(name + "Id", label + " (Lucca id)"));
    }

    private static String name(LuccaRef ref) {
        return ref == null ? null : ref.name();
    }
}
