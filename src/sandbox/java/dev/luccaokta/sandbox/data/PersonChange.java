package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A change to a person made in Lucca's own screens, as {@code PATCH /sandbox/employees/{id}} describes it: some
 * writable fields (a rename, a job title, a move) and, for a leave, the contract's last day.
 *
 * <pre>{@code
 * directory.update(id, before -> change.applyTo(before, directory.organization(), now), listener);
 * }</pre>
 *
 * @param endGiven whether the contract's end is changed ({@code end} null then reopens the contract)
 */
public record PersonChange(UserPatch patch, boolean endGiven, LocalDate end) {

    /** @throws InvalidDataException when a value is not acceptable */
    public Employee applyTo(Employee current, Organization organization, LocalDateTime now) {
        Employee changed = patch.applyTo(current, organization, now);
        if (!endGiven) {
            return changed;
        }
        ContractDates.check(changed.dtContractStart(), end);
        return changed.toBuilder().dtContractEnd(end).build();
    }
}
