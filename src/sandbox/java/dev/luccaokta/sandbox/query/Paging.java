package dev.luccaokta.sandbox.query;

/**
 * The {@code paging={offset},{limit}} parameter of Directory v3 collections: how many matching items to skip, then
 * how many to return at most. Without it a client gets the first {@value #MAX_LIMIT} items, which is also the largest
 * limit allowed.
 */
public record Paging(int offset, int limit) {
    public static final int MAX_LIMIT = 1000;
    public static final Paging DEFAULT = new Paging(0, MAX_LIMIT);

    public Paging {
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
            throw new QueryException("Invalid paging " + offset + "," + limit
                    + ": offset and limit must not be negative and limit must be at most " + MAX_LIMIT);
        }
    }

    /**
     * Reads {@code offset,limit}; a missing value gives {@link #DEFAULT}.
     *
     * @throws QueryException when the value is not two whole numbers in range
     */
    public static Paging parse(String text) {
        if (text == null) {
            return DEFAULT;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new QueryException("Invalid paging '" + text + "': expected {offset},{limit}, e.g. 0,100");
        }
        return new Paging(number(parts[0], text), number(parts[1], text));
    }

    private static int number(String part, String text) {
        try {
            return Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("Invalid paging '" + text + "': '" + part + "' is not a whole number");
        }
    }
}
