package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who is asking, as far as user visibility goes: future employees (contract starting after {@code today}) exist only
 * for callers allowed to "View future employees"; for the others they are silently absent, even when asked for by id.
 */
public record Audience(LocalDate today, boolean seesFutureEmployees) {
    public Audience {
        Objects.requireNonNull(today, "today");
    }

    public boolean canSee(Employee employee) {
        return seesFutureEmployees || !employee.isFuture(today);
    }
}
