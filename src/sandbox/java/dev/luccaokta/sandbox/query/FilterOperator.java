package dev.luccaokta.sandbox.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The operators of Lucca filters ({@code name=operator,value[,value]}). {@code equal} with several values means
 * "any of them" and {@code notequal} "none of them"; both compare {@code null} like any other value. The ordering
 * operators need values that can be ordered, and {@code between} takes two inclusive bounds.
 */
public enum FilterOperator {
    EQUAL, NOTEQUAL, SINCE, UNTIL, GREATERTHAN, GREATERTHANOREQUAL, LESSTHAN, LESSTHANOREQUAL, BETWEEN;

    /** The operator spelled this way, ignoring case, if there is one. */
    public static Optional<FilterOperator> fromCode(String code) {
        return Arrays.stream(values()).filter(operator -> operator.code().equalsIgnoreCase(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the operator compares for (in)equality only, which any value type and {@code null} support. */
    public boolean isEquality() {
        return this == EQUAL || this == NOTEQUAL;
    }

    /** Whether {@code count} values are the right number for this operator. */
    boolean accepts(int count) {
        return switch (this) {
            case EQUAL, NOTEQUAL -> count >= 1;
            case BETWEEN -> count == 2;
            default -> count == 1;
        };
    }

    /** Tells whether a value compared to the filter's values (in order) satisfies the operator. */
    <T extends Comparable<? super T>> boolean test(T actual, List<T> expected) {
        return switch (this) {
            case EQUAL -> expected.stream().anyMatch(value -> same(actual, value));
            case NOTEQUAL -> expected.stream().noneMatch(value -> same(actual, value));
            case SINCE, GREATERTHANOREQUAL -> actual != null && actual.compareTo(expected.get(0)) >= 0;
            case UNTIL, LESSTHANOREQUAL -> actual != null && actual.compareTo(expected.get(0)) <= 0;
            case GREATERTHAN -> actual != null && actual.compareTo(expected.get(0)) > 0;
            case LESSTHAN -> actual != null && actual.compareTo(expected.get(0)) < 0;
            case BETWEEN -> actual != null
                    && actual.compareTo(expected.get(0)) >= 0 && actual.compareTo(expected.get(1)) <= 0;
        };
    }

    private static <T extends Comparable<? super T>> boolean same(T actual, T expected) {
        return actual == null ? expected == null : expected != null && actual.compareTo(expected) == 0;
    }

    /** All operator codes, for error messages. */
    static String codes() {
        return Arrays.stream(values()).map(FilterOperator::code).collect(Collectors.joining(", "));
    }
}
