package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;

import java.util.List;
import java.util.function.Predicate;

/**
 * One parsed filter of a users query, e.g. {@code dtContractEnd=since,2024-01-01}: the attribute, the operator and
 * its values ({@code null} allowed with {@code equal}/{@code notequal}).
 *
 * @param <T> the type values are compared as
 */
public record UserFilter<T extends Comparable<? super T>>(
        FilterAttribute<T> attribute, FilterOperator operator, List<T> values) implements Predicate<Employee> {

    @Override
    public boolean test(Employee employee) {
        return operator.test(attribute.valueOf(employee), values);
    }
}
