package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;

import java.util.List;
import java.util.Optional;

/**
 * The resources an index can narrow a filter to: those of an {@code eq} on an indexed attribute with a string
 * value, or of the narrowest such operand of an {@code and}. Anything else (and an {@code and} without such an
 * operand) answers empty, meaning: scan everything. Candidates are a superset of the matches; the caller still
 * evaluates the whole filter on them.
 */
final class IndexedCandidates extends LeafFilterVisitor<Optional<List<ObjectNode>>, ResourceIndex> {

    private static final IndexedCandidates INSTANCE = new IndexedCandidates();

    private IndexedCandidates() {
    }

    static Optional<List<ObjectNode>> of(Filter filter, ResourceIndex index) throws ScimException {
        return filter.visit(INSTANCE, index);
    }

    @Override
    public Optional<List<ObjectNode>> visit(EqualFilter filter, ResourceIndex index) {
        return filter.getComparisonValue().isTextual()
                ? index.equalTo(filter.getAttributePath(), filter.getComparisonValue().textValue())
                : Optional.empty();
    }

    @Override
    public Optional<List<ObjectNode>> visit(AndFilter filter, ResourceIndex index) throws ScimException {
        Optional<List<ObjectNode>> narrowest = Optional.empty();
        for (Filter operand : filter.getCombinedFilters()) {
            Optional<List<ObjectNode>> candidates = operand.visit(this, index);
            if (candidates.isPresent() && (narrowest.isEmpty() || candidates.get().size() < narrowest.get().size())) {
                narrowest = candidates;
            }
        }
        return narrowest;
    }

    @Override
    Optional<List<ObjectNode>> leaf(Filter filter, ResourceIndex index) {
        return Optional.empty();
    }

    @Override
    public Optional<List<ObjectNode>> visit(OrFilter filter, ResourceIndex index) {
        return Optional.empty();
    }

    @Override
    public Optional<List<ObjectNode>> visit(NotFilter filter, ResourceIndex index) {
        return Optional.empty();
    }

    @Override
    public Optional<List<ObjectNode>> visit(ComplexValueFilter filter, ResourceIndex index) {
        return Optional.empty();
    }
}
