package dev.luccaokta.sandbox.data;

import java.time.LocalDate;

/** The rule a contract's dates follow: the last day, when there is one, is not before the first. */
final class ContractDates {
    private ContractDates() {
    }

    /** @throws InvalidDataException when the contract would end before it starts */
    static void check(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new InvalidDataException("The contract cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
