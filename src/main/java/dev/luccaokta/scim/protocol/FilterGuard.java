package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;

/**
 * Admission of a client's {@code filter}: bounded length and nesting before the SDK parser sees it, a bounded number
 * of attribute tests after, so that no filter can make parsing or evaluation deep or slow. The filter handed back is
 * normalized (see {@link FilterNormalizer}): a plain tree, core schema qualifiers dropped. Every refusal is a 400
 * {@code invalidFilter} that says which limit was hit.
 *
 * <pre>{@code
 * Filter filter = FilterGuard.defaults().parse("userName eq \"jane.doe@example.com\"");
 * }</pre>
 */
public final class FilterGuard {

    private static final FilterGuard DEFAULTS = new FilterGuard(2_000, 10, 50);

    private final int maxLength;
    private final int maxDepth;
    private final int maxComparisons;

    private FilterGuard(int maxLength, int maxDepth, int maxComparisons) {
        this.maxLength = maxLength;
        this.maxDepth = maxDepth;
        this.maxComparisons = maxComparisons;
    }

    /** At most 2,000 characters, 10 levels of parentheses and brackets, 50 attribute tests. */
    public static FilterGuard defaults() {
        return DEFAULTS;
    }

    /**
     * @param maxDepth levels of {@code (…)} and {@code […]} outside quoted strings; bounds the recursion of
     *                 everything that walks the filter, so keep it in the tens
     * @throws IllegalArgumentException when a limit is not positive
     */
    public static FilterGuard of(int maxLength, int maxDepth, int maxComparisons) {
        if (maxLength < 1 || maxDepth < 1 || maxComparisons < 1) {
            throw new IllegalArgumentException("Filter limits must be positive: length " + maxLength
                    + ", depth " + maxDepth + ", comparisons " + maxComparisons);
        }
        return new FilterGuard(maxLength, maxDepth, maxComparisons);
    }

    public int maxLength() {
        return maxLength;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxComparisons() {
        return maxComparisons;
    }

    /**
     * Parses {@code text} within the limits.
     *
     * @throws BadRequestException {@code invalidFilter} when the text is too long, too deep, malformed, or makes
     *                             too many comparisons
     */
    public Filter parse(String text) throws BadRequestException {
        if (text.length() > maxLength) {
            throw BadRequestException.invalidFilter("The filter is " + text.length()
                    + " characters long; at most " + maxLength + " are accepted");
        }
        checkNesting(text);
        Filter filter = normalized(text);
        int comparisons = comparisons(filter);
        if (comparisons > maxComparisons) {
            throw BadRequestException.invalidFilter("The filter makes " + comparisons
                    + " comparisons; at most " + maxComparisons + " are accepted");
        }
        return filter;
    }

    /** Checks the brackets outside JSON string literals, where a backslash escapes the next character. */
    private void checkNesting(String text) throws BadRequestException {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[') {
                if (++depth > maxDepth) {
                    throw BadRequestException.invalidFilter("The filter nests parentheses or brackets deeper than "
                            + maxDepth + " levels (at position " + i + ")");
                }
            } else if ((c == ')' || c == ']') && --depth < 0) {
                throw BadRequestException.invalidFilter("Invalid filter: '" + c + "' at position " + i
                        + " closes nothing");
            }
        }
        if (depth > 0) {
            // The SDK parser lets an unclosed '[' pass.
            throw BadRequestException.invalidFilter("Invalid filter: " + depth + " parentheses or brackets left open");
        }
    }

    private static Filter normalized(String text) throws BadRequestException {
        Filter parsed;
        try {
            parsed = Filter.fromString(text);
        } catch (BadRequestException e) {
            // The parser's own wording, first line only: Jackson appends source locations to it.
            throw BadRequestException.invalidFilter("Invalid filter: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (RuntimeException e) {
            // The SDK parser reads a comparison value as any JSON and casts it to a scalar: an object or array
            // literal ({@code userName eq {}}) fails that cast.
            throw BadRequestException.invalidFilter(
                    "Invalid filter: a comparison value must be a string, a number, true, false or null");
        }
        try {
            return FilterNormalizer.normalize(parsed);
        } catch (ScimException e) {
            throw new IllegalStateException("Rewriting a parsed filter fails on nothing but a bug", e);
        }
    }

    private static int comparisons(Filter filter) {
        try {
            return ComparisonCounter.count(filter);
        } catch (ScimException e) {
            throw new IllegalStateException("Counting comparisons fails on nothing but a bug", e);
        }
    }
}
