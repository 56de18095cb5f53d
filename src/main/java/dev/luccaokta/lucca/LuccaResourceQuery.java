package dev.luccaokta.lucca;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One page request to a collection of Lucca's current API: which collection, what to include, the cursor of the
 * page (null for the first), and the status and id filters (null for none).
 */
public record LuccaResourceQuery(String collection, String include, String cursor, String status, String ids) {

    /** The first page of a whole collection, with the links to the next one. */
    public static LuccaResourceQuery all(String collection) {
        return new LuccaResourceQuery(collection, "links", null, null, null);
    }

    /** The items with these ids (at most {@value LuccaResourcesApi#MAX_LIMIT}), in one page. */
    public static LuccaResourceQuery byIds(String collection, Collection<String> ids) {
        if (ids.isEmpty() || ids.size() > LuccaResourcesApi.MAX_LIMIT) {
            throw new IllegalArgumentException("1 to " + LuccaResourcesApi.MAX_LIMIT + " ids, not " + ids.size());
        }
        return new LuccaResourceQuery(collection, null, null, null, ids.stream().sorted().collect(Collectors.joining(",")));
    }

    /** The same request for the page a {@code next} link's cursor points at. */
    public LuccaResourceQuery at(String nextCursor) {
        return new LuccaResourceQuery(collection, include, nextCursor, status, ids);
    }
}
