package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ValueNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
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
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;
import com.unboundid.scim2.common.filters.PresentFilter;
import com.unboundid.scim2.common.filters.StartsWithFilter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Rewrites a parsed filter into an equivalent plain tree. Two reasons. The SDK parser answers
 * {@code a and b and c or d} with a graph whose shared {@code and} nodes repeat their operands, so that visiting
 * it as a tree costs 2<sup>n</sup> for n chained {@code and}s; here every node of that graph is rewritten once,
 * nested {@code and}/{@code or} are flattened and repeated operands dropped. And the SDK evaluator looks a
 * core-schema-qualified attribute ({@code urn:ietf:params:scim:schemas:core:2.0:User:userName}) up as an object of
 * that name, so the qualifier is dropped here (RFC 7644 §3.10 allows it).
 *
 * <p>One instance per filter: it remembers what it rewrote.
 */
final class FilterNormalizer implements FilterVisitor<Filter, Void> {

    private final Map<Filter, Filter> rewritten = new IdentityHashMap<>();

    private FilterNormalizer() {
    }

    static Filter normalize(Filter parsed) throws ScimException {
        return new FilterNormalizer().rewrite(parsed);
    }

    private Filter rewrite(Filter filter) throws ScimException {
        Filter done = rewritten.get(filter);
        if (done == null) {
            done = filter.visit(this, null);
            rewritten.put(filter, done);
        }
        return done;
    }

    @Override
    public Filter visit(AndFilter filter, Void parameter) throws ScimException {
        List<Filter> operands = flatOperands(filter);
        return operands.size() == 1 ? operands.get(0) : Filter.and(operands);
    }

    @Override
    public Filter visit(OrFilter filter, Void parameter) throws ScimException {
        List<Filter> operands = flatOperands(filter);
        return operands.size() == 1 ? operands.get(0) : Filter.or(operands);
    }

    /** The rewritten operands, those of nested combinations of the same kind spliced in, each kept once. */
    private List<Filter> flatOperands(Filter combining) throws ScimException {
        Set<Filter> operands = new LinkedHashSet<>();
        for (Filter operand : combining.getCombinedFilters()) {
            Filter flat = rewrite(operand);
            if (flat.getFilterType() == combining.getFilterType()) {
                operands.addAll(flat.getCombinedFilters());
            } else {
                operands.add(flat);
            }
        }
        return new ArrayList<>(operands);
    }

    @Override
    public Filter visit(NotFilter filter, Void parameter) throws ScimException {
        return Filter.not(rewrite(filter.getInvertedFilter()));
    }

    @Override
    public Filter visit(ComplexValueFilter filter, Void parameter) throws ScimException {
        return Filter.hasComplexValue(AttributePaths.unqualified(filter.getAttributePath()),
                rewrite(filter.getValueFilter()));
    }

    @Override
    public Filter visit(PresentFilter filter, Void parameter) {
        Path unqualified = AttributePaths.unqualified(filter.getAttributePath());
        return unqualified == filter.getAttributePath() ? filter : Filter.pr(unqualified);
    }

    @Override
    public Filter visit(EqualFilter filter, Void parameter) {
        return comparison(filter, Filter::eq);
    }

    @Override
    public Filter visit(NotEqualFilter filter, Void parameter) {
        return comparison(filter, Filter::ne);
    }

    @Override
    public Filter visit(ContainsFilter filter, Void parameter) {
        return comparison(filter, Filter::co);
    }

    @Override
    public Filter visit(StartsWithFilter filter, Void parameter) {
        return comparison(filter, Filter::sw);
    }

    @Override
    public Filter visit(EndsWithFilter filter, Void parameter) {
        return comparison(filter, Filter::ew);
    }

    @Override
    public Filter visit(GreaterThanFilter filter, Void parameter) {
        return comparison(filter, Filter::gt);
    }

    @Override
    public Filter visit(GreaterThanOrEqualFilter filter, Void parameter) {
        return comparison(filter, Filter::ge);
    }

    @Override
    public Filter visit(LessThanFilter filter, Void parameter) {
        return comparison(filter, Filter::lt);
    }

    @Override
    public Filter visit(LessThanOrEqualFilter filter, Void parameter) {
        return comparison(filter, Filter::le);
    }

    private static Filter comparison(Filter filter, BiFunction<Path, ValueNode, Filter> operator) {
        Path path = filter.getAttributePath();
        Path unqualified = AttributePaths.unqualified(path);
        return unqualified == path ? filter : operator.apply(unqualified, filter.getComparisonValue());
    }
}
