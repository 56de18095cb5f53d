package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.LuccaDates;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user property that {@code GET /api/v3/users} can filter on, named as its query parameter. Mail and login compare
 * without regard to case and support only {@code equal}/{@code notequal}; ids and dates support every operator.
 * Dates are compared as date-times, a bare date meaning midnight.
 *
 * @param <T> the type values are compared as
 */
public final class FilterAttribute<T extends Comparable<? super T>> {
    public static final FilterAttribute<Integer> ID =
            new FilterAttribute<>("id", Employee::id, Integer::valueOf, true);
    public static final FilterAttribute<String> MAIL =
            new FilterAttribute<>("mail", e -> lowerCase(e.mail()), FilterAttribute::lowerCase, false);
    public static final FilterAttribute<String> LOGIN =
            new FilterAttribute<>("login", e -> lowerCase(e.login()), FilterAttribute::lowerCase, false);
    public static final FilterAttribute<LocalDateTime> DT_CONTRACT_START = new FilterAttribute<>(
            "dtContractStart", e -> e.dtContractStart().atStartOfDay(), LuccaDates::parse, true);
    public static final FilterAttribute<LocalDateTime> DT_CONTRACT_END = new FilterAttribute<>(
            "dtContractEnd", e -> e.dtContractEnd() == null ? null : e.dtContractEnd().atStartOfDay(),
            LuccaDates::parse, true);
    public static final FilterAttribute<LocalDateTime> MODIFIED_AT =
            new FilterAttribute<>("modifiedAt", Employee::modifiedOn, LuccaDates::parse, true);

    private final String name;
    private final Function<Employee, T> reader;
    private final Function<String, T> parser;
    private final boolean ordered;

    private FilterAttribute(String name, Function<Employee, T> reader, Function<String, T> parser, boolean ordered) {
        this.name = name;
        this.reader = reader;
        this.parser = parser;
        this.ordered = ordered;
    }

    public String name() {
        return name;
    }

    T valueOf(Employee employee) {
        return reader.apply(employee);
    }

    /**
     * Reads a filter value: {@code operator,value[,value...]}, or bare values meaning {@code equal}; the word
     * {@code null} stands for "no value".
     *
     * @throws QueryException naming the filter and what is wrong with the value
     */
    public UserFilter<T> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new QueryException("Filter " + name + " needs a value");
        }
        List<String> tokens = Arrays.stream(text.split(",", -1)).map(String::trim).toList();
        Optional<FilterOperator> explicit = FilterOperator.fromCode(tokens.get(0));
        FilterOperator operator = explicit.orElse(FilterOperator.EQUAL);
        List<String> valueTokens = explicit.isPresent() ? tokens.subList(1, tokens.size()) : tokens;
        if (!ordered && !operator.isEquality()) {
            throw new QueryException("Filter " + name + " supports only the equal and notequal operators, not "
                    + operator.code());
        }
        if (!operator.accepts(valueTokens.size())) {
            throw new QueryException("Filter " + name + ": operator " + operator.code() + " takes "
                    + (operator == FilterOperator.BETWEEN ? "exactly two values" : operator.isEquality()
                    ? "at least one value" : "exactly one value") + ", got '" + text + "'");
        }
        List<T> values = new ArrayList<>(valueTokens.size());
        for (String token : valueTokens) {
            values.add(value(token, operator, explicit.isEmpty()));
        }
        if (operator == FilterOperator.BETWEEN && values.get(0).compareTo(values.get(1)) > 0) {
            throw new QueryException("Filter " + name + ": the lower bound of between comes first, got '" + text + "'");
        }
        return new UserFilter<>(this, operator, Collections.unmodifiableList(values));
    }

    private T value(String token, FilterOperator operator, boolean operatorOmitted) {
        if (token.isEmpty()) {
            throw new QueryException("Filter " + name + " has an empty value");
        }
        if (token.equalsIgnoreCase("null")) {
            if (!operator.isEquality()) {
                throw new QueryException("Filter " + name + ": null can only be used with equal and notequal");
            }
            return null;
        }
        try {
            return parser.apply(token);
        } catch (IllegalArgumentException e) {
            throw new QueryException(operatorOmitted
                    ? "Filter " + name + ": '" + token + "' is neither an operator (" + FilterOperator.codes()
                    + ") nor a valid value"
                    : "Filter " + name + ": invalid value '" + token + "'" + reason(e));
        }
    }

    private static String reason(IllegalArgumentException e) {
        return e instanceof NumberFormatException ? " (a whole number is expected)" : " (" + e.getMessage() + ")";
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
