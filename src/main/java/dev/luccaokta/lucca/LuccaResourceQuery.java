package dev.luccaokta.lucca;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One page request to a collection of Lucca's current API: which collection, what to include, the cursor of the
 * page (null for the first), the status, id and attribute definition filters, and the day attributes apply on
 * (null for none).
 */
public record LuccaResourceQuery(String collection, String include, String cursor, String status, String ids,
                                 String definitionIds, String asOf) {

    /** Every status: current, future and former employees. */
    private static final String EVERY_STATUS = "active,upcoming,deactivated";

    /** The first page of a whole collection, with the links to the next one. */
    public static LuccaResourceQuery all(String collection) {
        return new LuccaResourceQuery(collection, "links", null, null, null, null, null);
    }

    /** The first page of every employee, whatever their status, with their employment and job position embedded. */
    public static LuccaResourceQuery employees() {
        return new LuccaResourceQuery("employees", "embedded,links", null, EVERY_STATUS, null, null, null);
    }

    /** One employee, whatever their status. */
    public static LuccaResourceQuery employee(String id) {
        return new LuccaResourceQuery("employees", null, null, EVERY_STATUS, id, null, null);
    }

    /** The first page of the employees' values of these custom fields on a day (a value may hold for a period). */
    public static LuccaResourceQuery attributes(Collection<String> definitionIds, LocalDate asOf) {
        return new LuccaResourceQuery("employee-attributes", "links", null, null, null,
                definitionIds.stream().sorted().collect(Collectors.joining(",")), asOf.toString());
    }

    /** The items with these ids (at most {@value LuccaResourcesApi#MAX_LIMIT}), in one page. */
    public static LuccaResourceQuery byIds(String collection, Collection<String> ids) {
        if (ids.isEmpty() || ids.size() > LuccaResourcesApi.MAX_LIMIT) {
            throw new IllegalArgumentException("1 to " + LuccaResourcesApi.MAX_LIMIT + " ids, not " + ids.size());
        }
        return new LuccaResourceQuery(collection, null, null, null, ids.stream().sorted().collect(Collectors.joining(",")),
                null, null);
    }

    /** The same request for the page a {@code next} link's cursor points at. */
    public LuccaResourceQuery at(String nextCursor) {
        return new LuccaResourceQuery(collection, include, nextCursor, status, ids, definitionIds, asOf);
    }
}
