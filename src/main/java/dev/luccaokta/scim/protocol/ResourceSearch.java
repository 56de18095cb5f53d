package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Runs a {@link ListRequest} over a {@link ResourceIndex}: filter (through the index when it answers an attribute
 * test exactly, or narrows an {@code eq}, alone or in an {@code and}; by scanning otherwise), sort, cut the requested
 * page and project it. Attribute names and string values compare ignoring case; {@code xsd:dateTime} values compare
 * as instants; an attribute no resource has matches nothing. Without {@code sortBy}, results keep the index order.
 *
 * <p>A scan of every resource reads them once through {@link FilterView}, and a sort of many through
 * {@link ResourceOrdering}; both are {@link ResourceIndex#remembered remembered} by an index that keeps them, so the
 * next search with the same attributes reads no resource.
 *
 * <pre>{@code
 * ListResult page = ResourceSearch.search(users, ListRequest.parse(query, SearchLimits.defaults()));
 * ObjectNode body = ListResponses.of(page);
 * }</pre>
 */
public final class ResourceSearch {

    private ResourceSearch() {
    }

    /**
     * The page as resources, projected.
     *
     * @throws ScimException 400 {@code invalidFilter} when the filter cannot apply to the data, e.g. {@code gt} on
     *                       a boolean attribute
     */
    public static ListResult search(ResourceIndex index, ListRequest request) throws ScimException {
        return resources(index, find(index, request), request.projection());
    }

    /** A page found by {@link #find} as resources, projected. */
    public static ListResult resources(ResourceIndex index, FoundPage found, AttributeProjection projection) {
        List<ObjectNode> all = index.all();
        List<ObjectNode> page = Arrays.stream(found.positions()).mapToObj(all::get).map(projection::apply).toList();
        return ListResult.of(found.totalResults(), found.startIndex(), page);
    }

    /**
     * The page as positions in the index, for the caller to write; the request's projection is the caller's.
     *
     * @throws ScimException as {@link #search}
     */
    public static FoundPage find(ResourceIndex index, ListRequest request) throws ScimException {
        // Null stands for every resource in index order, so that an unfiltered page costs nothing per resource.
        int[] matches = request.filter().isPresent() ? matching(index, request.filter().get()) : null;
        int total = matches == null ? index.all().size() : matches.length;
        int from = (int) Math.min(total, request.startIndex() - 1L);
        int to = (int) Math.min(total, (long) from + request.count());
        int[] page;
        // An empty page (count=0 asks for the total only) needs no sorting.
        if (request.sortBy().isPresent() && from < to) {
            page = Arrays.copyOfRange(ResourceOrdering.sort(index, matches, request.sortBy().get(), request.sortOrder()), from, to);
        } else if (matches == null) {
            page = IntStream.range(from, to).toArray();
        } else {
            page = Arrays.copyOfRange(matches, from, to);
        }
        return new FoundPage(total, request.startIndex(), page);
    }

    private static int[] matching(ResourceIndex index, Filter filter) throws ScimException {
        Optional<IndexedCandidates.Candidates> candidates = IndexedCandidates.of(filter, index);
        if (candidates.isPresent() && candidates.get().exact()) {
            return candidates.get().positions();
        }
        if (candidates.isPresent()) {
            return evaluated(filter, index.all(), candidates.get().positions());
        }
        List<ObjectNode> readable = FilterView.of(index, filter);
        return evaluated(filter, readable, null);
    }

    /** The positions among {@code positions} (null: all of {@code resources}) whose resource matches. */
    private static int[] evaluated(Filter filter, List<ObjectNode> resources, int[] positions) throws ScimException {
        int size = positions == null ? resources.size() : positions.length;
        int[] matches = new int[size];
        int found = 0;
        for (int i = 0; i < size; i++) {
            int position = positions == null ? i : positions[i];
            if (ResourceFilterEvaluator.matches(filter, resources.get(position))) {
                matches[found++] = position;
            }
        }
        return Arrays.copyOf(matches, found);
    }
}
