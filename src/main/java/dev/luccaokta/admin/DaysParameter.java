package dev.luccaokta.admin;

/** A {@code ?days=} parameter: how many days back, today included, from 1 to 30. */
final class DaysParameter {

    static final int MOST = 30;

    private DaysParameter() {
    }

    /** @throws AdminProblem 400 unless it is a whole number from 1 to {@link #MOST} */
    static int parse(String parameter) {
        String value = parameter.strip();
        int days = value.matches("\\d{1,2}") ? Integer.parseInt(value) : 0;
        AdminProblem.require(days >= 1 && days <= MOST, "days must be a whole number from 1 to " + MOST);
        return days;
    }
}
