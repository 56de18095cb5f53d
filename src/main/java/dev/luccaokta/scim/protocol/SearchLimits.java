package dev.luccaokta.scim.protocol;

/**
 * The server's bounds on list requests: the page size when the client gives none, the largest page it will return
 * (a larger {@code count} is lowered to it, as RFC 7644 §3.4.2.4 allows), and the {@link FilterGuard} for filters.
 * {@link #maxCount()} is also the {@code filter.maxResults} to advertise in {@code /ServiceProviderConfig}.
 *
 * <pre>{@code
 * SearchLimits limits = SearchLimits.of(100, 1_000, FilterGuard.defaults());
 * }</pre>
 */
public final class SearchLimits {

    private static final SearchLimits DEFAULTS = new SearchLimits(100, 1_000, FilterGuard.defaults());

    private final int defaultCount;
    private final int maxCount;
    private final FilterGuard filterGuard;

    private SearchLimits(int defaultCount, int maxCount, FilterGuard filterGuard) {
        this.defaultCount = defaultCount;
        this.maxCount = maxCount;
        this.filterGuard = filterGuard;
    }

    /** Pages of 100 by default, of 1,000 at most, and the default filter limits. */
    public static SearchLimits defaults() {
        return DEFAULTS;
    }

    /** @throws IllegalArgumentException unless {@code 0 <= defaultCount <= maxCount} */
    public static SearchLimits of(int defaultCount, int maxCount, FilterGuard filterGuard) {
        if (defaultCount < 0 || defaultCount > maxCount) {
            throw new IllegalArgumentException("Page sizes must satisfy 0 <= default <= max, not default "
                    + defaultCount + " and max " + maxCount);
        }
        return new SearchLimits(defaultCount, maxCount, filterGuard);
    }

    public int defaultCount() {
        return defaultCount;
    }

    public int maxCount() {
        return maxCount;
    }

    public FilterGuard filterGuard() {
        return filterGuard;
    }
}
