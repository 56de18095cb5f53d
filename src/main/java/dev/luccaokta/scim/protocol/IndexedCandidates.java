package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;

import java.util.Optional;

/**
 * The resources an index can narrow a filter to: exactly the matches of an attribute test the index answers
 * ({@link ResourceIndex#exactly}), those of an {@code eq} on an indexed attribute with a string value, or those of
 * the narrowest such operand of an {@code and}. Anything else (and an {@code and} without such an operand) answers
 * empty, meaning: scan everything. Candidates that are not {@link Candidates#exact() exact} are a superset of the
 * matches, on which the caller still evaluates the whole filter.
 */
final class IndexedCandidates extends LeafFilterVisitor<Optional<IndexedCandidates.Candidates>, ResourceIndex> {

    /** Positions in the index, ascending; exact when they are the filter's matches and nothing else. */
    record Candidates(int[] positions, boolean exact) {
    }

    private static final IndexedCandidates INSTANCE = new IndexedCandidates();

    private IndexedCandidates() {
    }

    static Optional<Candidates> of(Filter filter, ResourceIndex index) throws ScimException {
        return filter.visit(INSTANCE, index);
    }

    @Override
    public Optional<Candidates> visit(EqualFilter filter, ResourceIndex index) {
        Optional<Candidates> exact = leaf(filter, index);
        if (exact.isPresent() || !filter.getComparisonValue().isTextual()) {
            return exact;
        }
        return index.equalTo(filter.getAttributePath(), filter.getComparisonValue().textValue())
                .map(positions -> new Candidates(positions, false));
    }

    @Override
    public Optional<Candidates> visit(AndFilter filter, ResourceIndex index) throws ScimException {
        Optional<Candidates> narrowest = Optional.empty();
        for (Filter operand : filter.getCombinedFilters()) {
            Optional<Candidates> candidates = operand.visit(this, index);
            if (candidates.isPresent()
                    && (narrowest.isEmpty() || candidates.get().positions().length < narrowest.get().positions().length)) {
                narrowest = candidates;
            }
        }
        // The other operands still have their say.
        return narrowest.map(candidates -> new Candidates(candidates.positions(), false));
    }

    @Override
    Optional<Candidates> leaf(Filter filter, ResourceIndex index) {
        return index.exactly(filter).map(positions -> new Candidates(positions, true));
    }

    @Override
    public Optional<Candidates> visit(OrFilter filter, ResourceIndex index) {
        return Optional.empty();
    }

    @Override
    public Optional<Candidates> visit(NotFilter filter, ResourceIndex index) {
        return Optional.empty();
    }

    @Override
    public Optional<Candidates> visit(ComplexValueFilter filter, ResourceIndex index) {
        return Optional.empty();
    }
}
