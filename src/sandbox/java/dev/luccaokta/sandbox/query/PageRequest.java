package dev.luccaokta.sandbox.query;

/**
 * The {@code page} and {@code limit} parameters of the organisation structure API: pages are numbered from 1 and hold
 * at most {@value #MAX_LIMIT} items, which is also the default size.
 */
public record PageRequest(int page, int limit) {
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new QueryException("Invalid page " + page + ": pages are numbered from 1");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new QueryException("Invalid limit " + limit + ": it must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * Reads the two parameters; missing ones default to page 1 and {@value #MAX_LIMIT} items.
     *
     * @throws QueryException when a value is not a whole number in range
     */
    public static PageRequest parse(String page, String limit) {
        return new PageRequest(number("page", page, 1), number("limit", limit, MAX_LIMIT));
    }

    private static int number(String name, String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("Invalid " + name + " '" + text + "': a whole number is expected");
        }
    }

    /** Index of the first item of this page; a long, since a far page times the limit overflows an int. */
    public long offset() {
        return (long) (page - 1) * limit;
    }

    public boolean hasNext(int count) {
        return (long) page * limit < count;
    }
}
