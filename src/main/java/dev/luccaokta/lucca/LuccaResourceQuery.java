package dev.luccaokta.lucca;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One page request to a collection of Lucca's current API: which collection, what to include, the cursor of the
 * page (null for the first), the status, id, employee id and attribute definition filters, and the day attributes
 * apply on (null for none).
 *
 * <pre>{@code
 * JsonObject first = gateway.resourcePage(instance, LuccaResourceQuery.employees());
 * }</pre>
 */
public record LuccaResourceQuery(String collection, String include, String cursor, String status, String ids,
                                 String employeeIds, String definitionIds, String asOf) {

    /** Every status: current, future and former employees. */
    private static final String EVERY_STATUS = "active,upcoming,deactivated";

    /** The first page of a whole collection, with the links to the next one. */
    public static LuccaResourceQuery all(String collection) {
        return new LuccaResourceQuery(collection, "links", null, null, null, null, null, null);
    }

    /** The first page of every employee, whatever their status, with their employment and job position embedded. */
    public static LuccaResourceQuery employees() {
        return new LuccaResourceQuery("employees", "embedded,links", null, EVERY_STATUS, null, null, null, null);
    }

    /** One employee, whatever their status. */
    public static LuccaResourceQuery employee(String id) {
        return new LuccaResourceQuery("employees", null, null, EVERY_STATUS, id, null, null, null);
    }

    /**
     * These employees (at most {@value LuccaResourcesApi#MAX_LIMIT}) whatever their status, in one page, with their
     * employment and job position embedded.
     */
    public static LuccaResourceQuery employees(Collection<String> ids) {
        return new LuccaResourceQuery("employees", "embedded", null, EVERY_STATUS, idList(ids), null, null, null);
    }

    /** The first page of the employees' values of these custom fields on a day (a value may hold for a period). */
    public static LuccaResourceQuery attributes(Collection<String> definitionIds, LocalDate asOf) {
        return new LuccaResourceQuery("employee-attributes", "links", null, null, null, null,
                definitionIds.stream().sorted().collect(Collectors.joining(",")), asOf.toString());
    }

    /** As {@link #attributes(Collection, LocalDate)}, of these employees only (at most 100). */
    public static LuccaResourceQuery attributes(Collection<String> definitionIds, LocalDate asOf,
                                                Collection<String> employeeIds) {
        LuccaResourceQuery all = attributes(definitionIds, asOf);
        return new LuccaResourceQuery(all.collection, all.include, null, null, null, idList(employeeIds),
                all.definitionIds, all.asOf);
    }

    /** The items with these ids (at most {@value LuccaResourcesApi#MAX_LIMIT}), in one page. */
    public static LuccaResourceQuery byIds(String collection, Collection<String> ids) {
        return new LuccaResourceQuery(collection, null, null, null, idList(ids), null, null, null);
    }

    /** The first page of a collection's items that belong to these employees (at most 100), such as their records. */
    public static LuccaResourceQuery ofEmployees(String collection, Collection<String> employeeIds) {
        return new LuccaResourceQuery(collection, "links", null, null, null, idList(employeeIds), null, null);
    }

    /** The first page of Lucca's history of events whose delivery has this status ({@code failed}, ...). */
    public static LuccaResourceQuery events(String status) {
        return new LuccaResourceQuery("events", "links", null, status, null, null, null, null);
    }

    /** The same request for the page a {@code next} link's cursor points at. */
    public LuccaResourceQuery at(String nextCursor) {
        return new LuccaResourceQuery(collection, include, nextCursor, status, ids, employeeIds, definitionIds, asOf);
    }

    private static String idList(Collection<String> ids) {
        if (ids.isEmpty() || ids.size() > LuccaResourcesApi.MAX_LIMIT) {
            throw new IllegalArgumentException("1 to " + LuccaResourcesApi.MAX_LIMIT + " ids, not " + ids.size());
        }
        return ids.stream().sorted().collect(Collectors.joining(","));
    }
}
