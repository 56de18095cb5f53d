package dev.luccaokta.sandbox.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Lucca API (v5) collection request: {@code limit} (default 25, 0 to 100), {@code page} (an opaque cursor from a
 * {@code next} link, or a page number from 1), {@code include} ({@code embedded}, {@code links}, {@code totalCount})
 * and equality filters, {@code name=a,b} or its negation {@code -name=a,b}, with date ranges on dates
 * ({@code name.between=2024-01-01--..}, either end open). Items are listed by ascending id, and a
 * cursor is the last id of the previous page, so that paging stays stable while the data changes.
 */
public final class CursorQuery {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** Lucca takes at most this many values in one filter. */
    private static final int MAX_FILTER_VALUES = 100;
    private static final Set<String> INCLUDES = Set.of("embedded", "links", "totalCount");
    private static final String CURSOR_PREFIX = "!";
    private static final String BETWEEN = ".between";
    private static final String OPEN = "..";

    private final int limit;
    private final long afterId;
    private final long skip;
    private final Set<String> includes;
    private final Map<String, Filter> filters;
    private final Map<String, Range> ranges;

    /** One filter: the values an attribute must (or, negated, must not) have. */
    private record Filter(boolean negated, Set<String> values) {
    }

    /** A date range, {@code 2024-01-01--..}: the attribute must have a date in it (either end may be open). */
    private record Range(LocalDate from, LocalDate to) {
        boolean contains(String date) {
            LocalDate day = LocalDate.parse(date);
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private CursorQuery(int limit, long afterId, long skip, Set<String> includes, Map<String, Filter> filters,
                        Map<String, Range> ranges) {
        this.limit = limit;
        this.afterId = afterId;
        this.skip = skip;
        this.includes = includes;
        this.filters = filters;
        this.ranges = ranges;
    }

    /**
     * @param filterNames the attributes this collection can be filtered on
     * @throws QueryException on an unknown parameter or a malformed value
     */
    public static CursorQuery parse(QueryParameters parameters, Set<String> filterNames) {
        return parse(parameters, filterNames, Set.of());
    }

    /**
     * @param filterNames the attributes this collection can be filtered on by value
     * @param dateNames   the date attributes among them, which also take {@code name.between=start--end}
     * @throws QueryException on an unknown parameter or a malformed value
     */
    public static CursorQuery parse(QueryParameters parameters, Set<String> filterNames, Set<String> dateNames) {
        Set<String> accepted = new HashSet<>(Set.of("limit", "page", "include"));
        filterNames.forEach(name -> {
            accepted.add(name);
            accepted.add("-" + name);
        });
        dateNames.forEach(name -> accepted.add(name + BETWEEN));
        parameters.acceptOnly(accepted);
        int limit = parameters.single("limit").map(text -> number("limit", text)).orElse(DEFAULT_LIMIT);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new QueryException("Invalid limit " + limit + ": it must be between 0 and " + MAX_LIMIT);
        }
        String page = parameters.single("page").orElse(null);
        long afterId = 0;
        long skip = 0;
        if (page != null && page.startsWith(CURSOR_PREFIX)) {
            afterId = cursorId(page);
        } else if (page != null) {
            int number = number("page", page);
            if (number < 1) {
                throw new QueryException("Invalid page " + number + ": page numbers start at 1");
            }
            skip = (long) (number - 1) * limit;
        }
        Set<String> includes = parameters.single("include").map(CursorQuery::parseIncludes).orElse(Set.of());
        Map<String, Filter> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            parameters.single(name).ifPresent(values -> filters.put(name, filter(name, false, values)));
            parameters.single("-" + name).ifPresent(values -> {
                if (filters.containsKey(name)) {
                    throw new QueryException("Filter '" + name + "' is given both as equality and inequality");
                }
                filters.put(name, filter(name, true, values));
            });
        }
        Map<String, Range> ranges = new LinkedHashMap<>();
        dateNames.forEach(name -> parameters.single(name + BETWEEN).ifPresent(text -> ranges.put(name, range(name, text))));
        return new CursorQuery(limit, afterId, skip, includes, Map.copyOf(filters), Map.copyOf(ranges));
    }

    public int limit() {
        return limit;
    }

    public boolean includes(String part) {
        return includes.contains(part);
    }

    /**
     * The items that pass the filters, and among them this page's.
     *
     * @param items       every item the caller may see, by ascending id
     * @param id          an item's id
     * @param attributes  each filterable attribute's values for an item (an empty list for a null value)
     */
    public <T> Result<T> run(List<T> items, Function<T, Long> id, Map<String, Function<T, List<String>>> attributes) {
        List<T> matching = items.stream().filter(item -> filters.entrySet().stream().allMatch(entry -> {
            List<String> values = attributes.get(entry.getKey()).apply(item);
            Set<String> wanted = entry.getValue().values();
            boolean hit = values.isEmpty() ? wanted.contains("null") : values.stream().anyMatch(wanted::contains);
            return hit != entry.getValue().negated();
        }) && ranges.entrySet().stream().allMatch(entry -> attributes.get(entry.getKey()).apply(item).stream()
                .anyMatch(entry.getValue()::contains))).toList();
        List<T> page = matching.stream().filter(item -> id.apply(item) > afterId).skip(skip).limit(limit).toList();
        boolean more = !page.isEmpty() && matching.stream().anyMatch(item -> id.apply(item) > id.apply(page.get(page.size() - 1)));
        String next = more ? cursor(id.apply(page.get(page.size() - 1))) : null;
        return new Result<>(page, matching.size(), next);
    }

    /** One page, how many items pass the filters in all pages, and the cursor of the next page (null on the last). */
    public record Result<T>(List<T> page, int totalCount, String nextCursor) {
    }

    /** The cursor that leads to the first page. */
    public static String firstPageCursor() {
        return cursor(0);
    }

    static String cursor(long lastId) {
        return CURSOR_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("after:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static long cursorId(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.substring(CURSOR_PREFIX.length())),
                    StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return Long.parseLong(decoded.substring("after:".length()));
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the refusal below: the client sent a cursor this server never made.
        }
        throw new QueryException("Invalid page cursor '" + cursor + "': use the next link of the previous page");
    }

    private static Set<String> parseIncludes(String text) {
        Set<String> parts = Arrays.stream(text.split(",", -1)).map(String::trim).collect(Collectors.toSet());
        parts.stream().filter(part -> !INCLUDES.contains(part)).findFirst().ifPresent(part -> {
            throw new QueryException("Unknown include '" + part + "'; accepted: embedded, links, totalCount");
        });
        return parts;
    }

    private static Range range(String name, String text) {
        String[] ends = text.split("--", -1);
        if (ends.length != 2) {
            throw new QueryException("Filter '" + name + BETWEEN + "' takes start--end, either side '..', not '" + text + "'");
        }
        Range range = new Range(day(name, ends[0]), day(name, ends[1]));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw new QueryException("Filter '" + name + BETWEEN + "' ends before it starts: '" + text + "'");
        }
        return range;
    }

    private static LocalDate day(String name, String text) {
        if (text.strip().equals(OPEN)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new QueryException("Filter '" + name + BETWEEN + "' takes dates such as 2024-01-01, not '" + text + "'");
        }
    }

    private static Filter filter(String name, boolean negated, String text) {
        Set<String> values = Arrays.stream(text.split(",", -1)).map(String::trim).collect(Collectors.toSet());
        if (values.size() > MAX_FILTER_VALUES || values.contains("")) {
            throw new QueryException("Filter '" + name + "' takes 1 to " + MAX_FILTER_VALUES + " comma-separated values");
        }
        return new Filter(negated, values);
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("Invalid " + name + " '" + text + "': a whole number is expected");
        }
    }
}
