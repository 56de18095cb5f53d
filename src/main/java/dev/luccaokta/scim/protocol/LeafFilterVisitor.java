package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.ContainsFilter;
import com.unboundid.scim2.common.filters.EndsWithFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterVisitor;
import com.unboundid.scim2.common.filters.GreaterThanFilter;
import com.unboundid.scim2.common.filters.GreaterThanOrEqualFilter;
import com.unboundid.scim2.common.filters.LessThanFilter;
import com.unboundid.scim2.common.filters.LessThanOrEqualFilter;
import com.unboundid.scim2.common.filters.NotEqualFilter;
import com.unboundid.scim2.common.filters.PresentFilter;
import com.unboundid.scim2.common.filters.StartsWithFilter;

/**
 * A filter visitor for which the ten attribute tests ({@code eq ne co sw ew gt ge lt le pr}) are alike: they all go
 * to {@link #leaf}, and a subclass overrides a single one when it must tell it apart. The logical operators and
 * value paths stay abstract.
 */
abstract class LeafFilterVisitor<R, P> implements FilterVisitor<R, P> {

    /** Visits an attribute test of any operator. */
    abstract R leaf(Filter filter, P parameter) throws ScimException;

    @Override
    public R visit(EqualFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(NotEqualFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(ContainsFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(StartsWithFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(EndsWithFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(PresentFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(GreaterThanFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(GreaterThanOrEqualFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(LessThanFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }

    @Override
    public R visit(LessThanOrEqualFilter filter, P parameter) throws ScimException {
        return leaf(filter, parameter);
    }
}
