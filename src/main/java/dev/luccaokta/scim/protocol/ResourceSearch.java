package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;

import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link ListRequest} over a {@link ResourceIndex}: filter (through the index when the filter is an
 * {@code eq} on an indexed attribute, alone or in an {@code and}; by scanning otherwise), sort, cut the requested
 * page and project it. Attribute names and string values compare ignoring case; {@code xsd:dateTime} values compare
 * as instants; an attribute no resource has matches nothing. Without {@code sortBy}, results keep the index order.
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
     * @throws ScimException 400 {@code invalidFilter} when the filter cannot apply to the data, e.g. {@code gt} on
     *                       a boolean attribute
     */
    public static ListResult search(ResourceIndex index, ListRequest request) throws ScimException {
        List<ObjectNode> matches = request.filter().isPresent() ? matching(index, request.filter().get()) : index.all();
        int from = (int) Math.min(matches.size(), request.startIndex() - 1L);
        int to = (int) Math.min(matches.size(), (long) from + request.count());
        // An empty page (count=0 asks for the total only) needs no sorting.
        List<ObjectNode> ordered = request.sortBy().filter(sortBy -> from < to)
                .map(sortBy -> ResourceOrdering.sort(matches, sortBy, request.sortOrder()))
                .orElse(matches);
        List<ObjectNode> page = ordered.subList(from, to).stream().map(request.projection()::apply).toList();
        return ListResult.of(matches.size(), request.startIndex(), page);
    }

    private static List<ObjectNode> matching(ResourceIndex index, Filter filter) throws ScimException {
        List<ObjectNode> candidates = IndexedCandidates.of(filter, index).orElseGet(index::all);
        int[] matches = new int[candidates.size()];
        int found = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (ResourceFilterEvaluator.matches(filter, candidates.get(i))) {
                matches[found++] = i;
            }
        }
        return SelectedView.of(candidates, Arrays.copyOf(matches, found));
    }
}
