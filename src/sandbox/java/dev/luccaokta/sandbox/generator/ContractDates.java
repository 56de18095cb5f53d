package dev.luccaokta.sandbox.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The dates of one user file, drawn relative to "today" so that the employee has the wanted {@link Tenure}:
 * contract start and end, seniority date, birth date and the last modification, which always lies before today.
 */
record ContractDates(LocalDate start, LocalDate end, LocalDate seniority, LocalDate birth, LocalDateTime modifiedOn) {
    private static final int DAYS_PER_YEAR = 365;

    static ContractDates draw(Tenure tenure, LocalDate today, Draw draw) {
        LocalDate start;
        LocalDate end = null;
        switch (tenure) {
            case FORMER -> {
                end = draw.dayAround(today, -3 * DAYS_PER_YEAR, -1);
                start = draw.dayAround(end, -8 * DAYS_PER_YEAR, -60);
            }
            case FUTURE -> start = draw.dayAround(today, 1, 120);
            default -> {
                start = draw.dayAround(today, -15 * DAYS_PER_YEAR, -30);
                if (draw.chance(0.05)) {
                    end = draw.dayAround(today, 0, DAYS_PER_YEAR);
                }
            }
        }
        LocalDate seniority = draw.chance(0.15) ? draw.dayAround(start, -5 * DAYS_PER_YEAR, -30) : start;
        LocalDate birth = draw.chance(0.03) ? null : draw.dayAround(start, -50 * DAYS_PER_YEAR, -20 * DAYS_PER_YEAR);
        return new ContractDates(start, end, seniority, birth, modifiedOn(start, today, draw));
    }

    /** Some time in the two years before today, and not long before the contract started. */
    private static LocalDateTime modifiedOn(LocalDate start, LocalDate today, Draw draw) {
        LocalDate earliest = start.minusDays(30);
        LocalDate twoYearsAgo = today.minusYears(2);
        if (earliest.isBefore(twoYearsAgo)) {
            earliest = twoYearsAgo;
        }
        if (!earliest.isBefore(today)) {
            earliest = today.minusDays(1);
        }
        LocalDateTime from = earliest.atStartOfDay();
        long seconds = ChronoUnit.SECONDS.between(from, today.atStartOfDay());
        return from.plusSeconds((long) draw.real(0, seconds));
    }
}
