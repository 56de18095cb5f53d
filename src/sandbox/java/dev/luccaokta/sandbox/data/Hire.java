package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person joining the company, as {@code POST /sandbox/employees} describes them: the fields given (at least first
 * and last name, department and establishment, checked as {@code PUT /api/v3/users/{id}} checks them) and the
 * contract's dates. The rest is generated: login {@code firstname.lastname} (numbered when taken), mail on the
 * company's domain, employee number from the id, culture, calendar and occupation category of a colleague of the
 * same establishment, the role "Collaborateur".
 *
 * <pre>{@code
 * Employee hired = directory.hire(new Hire(fields, today, null), now, (before, after) -> {});
 * }</pre>
 *
 * @param fields the given fields and their values, as {@link UserPatch} takes them
 * @param start  the contract's first day
 * @param end    its last day, or null
 */
public record Hire(Map<WritableField, Object> fields, LocalDate start, LocalDate end) {
    private static final List<WritableField> REQUIRED = List.of(WritableField.FIRST_NAME, WritableField.LAST_NAME,
            WritableField.DEPARTMENT_ID, WritableField.LEGAL_ENTITY_ID);
    private static final int COLLABORATEUR = 4;

    public Hire {
        Map<WritableField, Object> given = Collections.unmodifiableMap(new HashMap<>(fields));
        if (REQUIRED.stream().anyMatch(field -> given.get(field) == null)) {
            throw new InvalidDataException("A new employee needs firstName, lastName, departmentId and establishmentId");
        }
        fields = given;
        if (start == null) {
            throw new InvalidDataException("A new employee needs a contract start date");
        }
        ContractDates.check(start, end);
    }

    /**
     * The new user file.
     *
     * @param id      the id it gets, after every existing one
     * @param current every existing user file, to pick a free login and a colleague
     * @throws InvalidDataException when a given value is not acceptable
     */
    Employee newcomer(int id, List<Employee> current, Organization organization, LocalDateTime now) {
        int establishmentId = (Integer) fields.get(WritableField.LEGAL_ENTITY_ID);
        Employee colleague = current.stream().filter(e -> e.legalEntityId() == establishmentId).findFirst()
                .orElse(current.get(0));
        Employee draft = colleague.toBuilder().id(id).managerId(null).jobTitle(null)
                .dtContractStart(start).dtContractEnd(end).seniorityDate(start).employeeNumber(String.format("%06d", id))
                .birthDate(null).gender(null).nationality(null).directLine(null).professionalMobile(null)
                .personalMobile(null).personalEmail(null).address(null).rolePrincipalId(COLLABORATEUR)
                .habilitedRoleIds(List.of()).extendedData(Map.of()).theoreticalCompensation(null).build();
        Employee named = new UserPatch(fields).applyTo(draft, organization, now);
        String login = freeLogin(named, current);
        String domain = colleague.mail().substring(colleague.mail().indexOf('@'));
        return named.toBuilder().login(login).mail(login + domain).build();
    }

    private static String freeLogin(Employee named, List<Employee> current) {
        String base = AsciiFolding.loginPart(named.firstName()) + "." + AsciiFolding.loginPart(named.lastName());
        Set<String> taken = current.stream().map(e -> e.login().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String login = base;
        for (int use = 2; taken.contains(login); use++) {
            login = base + use;
        }
        return login;
    }
}
