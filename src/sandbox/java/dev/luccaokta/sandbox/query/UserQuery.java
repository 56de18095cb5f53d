package dev.luccaokta.sandbox.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed {@code GET /api/v3/users} query: the fields to return for each item, whether the total count was asked
 * for ({@code collection.count}), paging, filters, order, and whether former employees are wanted.
 */
public record UserQuery(FieldSelection itemFields, boolean withCount, Paging paging, List<UserFilter<?>> filters,
                        UserOrder order, boolean formerEmployees) {
    static final String COUNT = "collection.count";
    private static final String FIELDS = "fields";
    private static final String PAGING = "paging";
    private static final String ORDER_BY = "orderBy";
    private static final String FORMER_EMPLOYEES = "formerEmployees";
    private static final List<FilterAttribute<?>> FILTERS = List.of(FilterAttribute.ID, FilterAttribute.MAIL,
            FilterAttribute.LOGIN, FilterAttribute.DT_CONTRACT_START, FilterAttribute.DT_CONTRACT_END,
            FilterAttribute.MODIFIED_AT);

    public UserQuery {
        filters = List.copyOf(filters);
    }

    /**
     * Reads the query parameters of a users collection request. Filters may be repeated (all must hold); the other
     * parameters may appear once.
     *
     * @throws QueryException on any unknown parameter or malformed value
     */
    public static UserQuery parse(QueryParameters parameters) {
        Set<String> accepted = new HashSet<>(Set.of(FIELDS, PAGING, ORDER_BY, FORMER_EMPLOYEES));
        FILTERS.forEach(attribute -> accepted.add(attribute.name()));
        parameters.acceptOnly(accepted);

        FieldSelection fields = FieldSelection.parse(parameters.single(FIELDS).orElse(null));
        boolean withCount = fields.find(COUNT).map(count -> {
            if (!count.children().isEmpty()) {
                throw new QueryException("Invalid fields: " + COUNT + " has no sub-fields");
            }
            return true;
        }).orElse(false);
        List<UserFilter<?>> filters = new ArrayList<>();
        for (FilterAttribute<?> attribute : FILTERS) {
            parameters.all(attribute.name()).forEach(value -> filters.add(attribute.parse(value)));
        }
        return new UserQuery(fields.without(COUNT), withCount,
                Paging.parse(parameters.single(PAGING).orElse(null)), filters,
                UserOrder.parse(parameters.single(ORDER_BY).orElse(null)),
                flag(FORMER_EMPLOYEES, parameters.single(FORMER_EMPLOYEES).orElse("false")));
    }

    private static boolean flag(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new QueryException(
                    "Query parameter " + name + " must be true or false, not '" + value + "'");
        };
    }

    /** Former employees are returned when asked for, or when a filter on the contract end date looks for them. */
    boolean includesFormerEmployees() {
        return formerEmployees || filters.stream().anyMatch(f -> f.attribute() == FilterAttribute.DT_CONTRACT_END);
    }
}
