package dev.luccaokta.scim.protocol;

/**
 * One page of search results as positions in the index searched ({@link ResourceIndex#all()}), for a caller that
 * writes the resources itself rather than as trees: how many matched in all, where the page starts (1-based) and the
 * page's positions, in the order to return them.
 *
 * <pre>{@code
 * FoundPage page = ResourceSearch.find(index, request);
 * for (int position : page.positions()) { ... }
 * }</pre>
 */
public record FoundPage(int totalResults, int startIndex, int[] positions) {
}
