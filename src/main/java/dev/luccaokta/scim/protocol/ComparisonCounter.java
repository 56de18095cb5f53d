package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;

/**
 * Counts the attribute tests of a filter, those inside value paths included. Only meant for filters that went
 * through {@link FilterNormalizer}: on the parser's raw output, which shares sub-filters, the count can be
 * exponential in the filter's length.
 */
final class ComparisonCounter extends LeafFilterVisitor<Integer, Void> {

    private static final ComparisonCounter INSTANCE = new ComparisonCounter();

    private ComparisonCounter() {
    }

    static int count(Filter filter) throws ScimException {
        return filter.visit(INSTANCE, null);
    }

    @Override
    Integer leaf(Filter filter, Void parameter) {
        return 1;
    }

    @Override
    public Integer visit(AndFilter filter, Void parameter) throws ScimException {
        return sum(filter);
    }

    @Override
    public Integer visit(OrFilter filter, Void parameter) throws ScimException {
        return sum(filter);
    }

    @Override
    public Integer visit(NotFilter filter, Void parameter) throws ScimException {
        return filter.getInvertedFilter().visit(this, parameter);
    }

    @Override
    public Integer visit(ComplexValueFilter filter, Void parameter) throws ScimException {
        return filter.getValueFilter().visit(this, parameter);
    }

    private int sum(Filter combining) throws ScimException {
        int sum = 0;
        for (Filter combined : combining.getCombinedFilters()) {
            sum += combined.visit(this, null);
        }
        return sum;
    }
}
