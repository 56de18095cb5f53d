package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.SortOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of {@code GET /Users} or {@code GET /Groups} (RFC 7644 §3.4.2), parsed and validated:
 * {@code startIndex} (1-based, below 1 read as 1), {@code count} (default and maximum from {@link SearchLimits};
 * negative read as 0), {@code filter}, {@code sortBy}, {@code sortOrder} and {@code attributes} or
 * {@code excludedAttributes}. Parameter names are matched ignoring case; blank values count as absent; other
 * parameters are ignored. A JAX-RS {@code MultivaluedMap} of query parameters can be passed as it is.
 *
 * <pre>{@code
 * ListRequest request = ListRequest.parse(uriInfo.getQueryParameters(), SearchLimits.defaults());
 * }</pre>
 */
public final class ListRequest {

    private static final String START_INDEX = "startIndex";
    private static final String COUNT = "count";
    private static final String FILTER = "filter";
    private static final String SORT_BY = "sortBy";
    private static final String SORT_ORDER = "sortOrder";
    private static final String ATTRIBUTES = "attributes";
    private static final String EXCLUDED_ATTRIBUTES = "excludedAttributes";
    /** More digits than any int has, leading zeros aside: such a number is past every limit. */
    private static final int MAX_INT_DIGITS = 10;

    private final int startIndex;
    private final int count;
    private final Filter filter;
    private final Path sortBy;
    private final SortOrder sortOrder;
    private final AttributeProjection projection;

    private ListRequest(int startIndex, int count, Filter filter, Path sortBy, SortOrder sortOrder,
                        AttributeProjection projection) {
        this.startIndex = startIndex;
        this.count = count;
        this.filter = filter;
        this.sortBy = sortBy;
        this.sortOrder = sortOrder;
        this.projection = projection;
    }

    /**
     * @param query parameter name → values, as decoded from the query string
     * @throws BadRequestException {@code invalidValue} for a parameter given twice, a number that is not one, an
     *                             unknown sort order, a malformed attribute path, or both attribute lists;
     *                             {@code invalidFilter} for a filter the {@link FilterGuard} refuses
     */
    public static ListRequest parse(Map<String, ? extends List<String>> query, SearchLimits limits)
            throws BadRequestException {
        Parameters parameters = Parameters.of(query);
        int startIndex = Math.max(1, parameters.integer(START_INDEX).orElse(1));
        int count = Math.min(limits.maxCount(), Math.max(0, parameters.integer(COUNT).orElse(limits.defaultCount())));
        Optional<String> filterText = parameters.single(FILTER);
        Filter filter = filterText.isPresent() ? limits.filterGuard().parse(filterText.get()) : null;
        Optional<String> sortByText = parameters.single(SORT_BY);
        Path sortBy = sortByText.isPresent() ? AttributePaths.parse(SORT_BY, sortByText.get()) : null;
        Optional<String> sortOrderText = parameters.single(SORT_ORDER);
        SortOrder sortOrder = sortOrderText.isPresent() ? sortOrder(sortOrderText.get()) : SortOrder.ASCENDING;
        AttributeProjection projection = AttributeProjection.parse(
                parameters.single(ATTRIBUTES).orElse(null), parameters.single(EXCLUDED_ATTRIBUTES).orElse(null));
        return new ListRequest(startIndex, count, filter, sortBy, sortOrder, projection);
    }

    /** 1-based index of the first result to return. */
    public int startIndex() {
        return startIndex;
    }

    /** Most results to return, already within the server's maximum; 0 asks for the total only. */
    public int count() {
        return count;
    }

    /** The normalized filter, if any. */
    public Optional<Filter> filter() {
        return Optional.ofNullable(filter);
    }

    public Optional<Path> sortBy() {
        return Optional.ofNullable(sortBy);
    }

    /** Ascending unless the client asked otherwise; meaningful only with {@link #sortBy()}. */
    public SortOrder sortOrder() {
        return sortOrder;
    }

    /** What to keep of each returned resource. */
    public AttributeProjection projection() {
        return projection;
    }

    private static SortOrder sortOrder(String text) throws BadRequestException {
        String trimmed = text.trim();
        for (SortOrder order : SortOrder.values()) {
            if (order.getName().equalsIgnoreCase(trimmed)) {
                return order;
            }
        }
        throw BadRequestException.invalidValue(
                SORT_ORDER + " must be 'ascending' or 'descending', not '" + shortened(trimmed) + "'");
    }

    /** Echoes of client input in error details stay short. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The query parameters, names lower-cased, each checked to be given at most once. */
    private static final class Parameters {

        private final Map<String, List<String>> values;

        private Parameters(Map<String, List<String>> values) {
            this.values = values;
        }

        static Parameters of(Map<String, ? extends List<String>> query) {
            Map<String, List<String>> values = new HashMap<>();
            query.forEach((name, given) -> values.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                    n -> new ArrayList<>()).addAll(given));
            return new Parameters(values);
        }

        /** The non-blank value of {@code name}. */
        Optional<String> single(String name) throws BadRequestException {
            List<String> given = values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                    .filter(value -> value != null && !value.isBlank())
                    .toList();
            if (given.size() > 1) {
                throw BadRequestException.invalidValue(name + " is given " + given.size() + " times");
            }
            return given.stream().findFirst();
        }

        /** The integer value of {@code name}; numbers beyond the int range are clamped to it. */
        Optional<Integer> integer(String name) throws BadRequestException {
            Optional<String> text = single(name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String trimmed = text.get().trim();
            if (!trimmed.matches("[+-]?[0-9]+")) {
                throw BadRequestException.invalidValue(
                        name + " must be an integer, not '" + shortened(trimmed) + "'");
            }
            boolean negative = trimmed.startsWith("-");
            String digits = trimmed.replaceFirst("^[+-]?0*", "");
            if (digits.length() > MAX_INT_DIGITS) {
                return Optional.of(negative ? Integer.MIN_VALUE : Integer.MAX_VALUE);
            }
            long value = digits.isEmpty() ? 0 : Long.parseLong(digits);
            long signed = negative ? -value : value;
            return Optional.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed)));
        }
    }
}
