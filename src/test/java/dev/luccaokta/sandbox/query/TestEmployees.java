package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Minimal user files for query tests: only what filters, order and visibility look at is meaningful. */
final class TestEmployees {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private TestEmployees() {
    }

    static Employee.Builder employee(int id, String firstName, String lastName) {
        String login = firstName.toLowerCase() + "." + lastName.toLowerCase();
        return Employee.builder().id(id).firstName(firstName).lastName(lastName).login(login)
                .mail(login + "@example.com").modifiedOn(LocalDateTime.of(2025, 1, id, 10, 30))
                .dtContractStart(LocalDate.of(2020, 1, 1)).cultureId(1).calendarId(1).legalEntityId(1)
                .departmentId(1).cspId(1).rolePrincipalId(1);
    }
}
