package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One page of search results: how many resources matched in all, where the page starts (1-based) and the page's
 * resources, already projected and each a node of its own that the caller may modify.
 * {@link ListResponses#of(ListResult)} turns it into the response body.
 *
 * <pre>{@code
 * ListResult page = ResourceSearch.search(index, request);
 * int matched = page.totalResults();
 * }</pre>
 */
public final class ListResult {

    private final int totalResults;
    private final int startIndex;
    private final List<ObjectNode> resources;

    private ListResult(int totalResults, int startIndex, List<ObjectNode> resources) {
        this.totalResults = totalResults;
        this.startIndex = startIndex;
        this.resources = resources;
    }

    /** @throws IllegalArgumentException when the page has more resources than matched, or starts before 1 */
    public static ListResult of(int totalResults, int startIndex, List<ObjectNode> resources) {
        if (resources.size() > totalResults || startIndex < 1) {
            throw new IllegalArgumentException("A page of " + resources.size() + " resources starting at "
                    + startIndex + " cannot come from " + totalResults + " results");
        }
        return new ListResult(totalResults, startIndex, List.copyOf(resources));
    }

    public int totalResults() {
        return totalResults;
    }

    public int startIndex() {
        return startIndex;
    }

    /** The number of resources on this page. */
    public int itemsPerPage() {
        return resources.size();
    }

    public List<ObjectNode> resources() {
        return resources;
    }
}
