package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A complete sandbox data set: the reference data, the user files in id order with ids 1..n, and the day the data
 * was built for (the "today" that decides who is a former or a future employee).
 */
public record Dataset(Organization organization, List<Employee> employees, LocalDate today) {
    public Dataset {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(today, "today");
        employees = List.copyOf(employees);
        for (int i = 0; i < employees.size(); i++) {
            if (employees.get(i).id() != i + 1) {
                throw new IllegalArgumentException("Employee ids must run 1..n in order, found "
                        + employees.get(i).id() + " at position " + (i + 1));
            }
        }
    }
}
