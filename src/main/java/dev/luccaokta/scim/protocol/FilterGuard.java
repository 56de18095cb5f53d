package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import java.util.function.Function;

/**
 * Admission of a client's {@code filter}: bounded length and nesting before the SDK parser sees it, a bounded number
 * of attribute tests after, so that no filter can make parsing or evaluation deep or slow. The filter handed back is
 * normalized (see {@link FilterNormalizer}): a plain tree, core schema qualifiers dropped. Every refusal is a 400
 * {@code invalidFilter} that says which limit was hit. A PATCH path can hold a filter ({@code emails[type eq
 * "work"].value}), so paths pass the same limits ({@link #parsePath}), refused as {@code invalidPath}.
 *
 * <pre>{@code
 * Filter filter = FilterGuard.defaults().parse("userName eq \"jane.doe@example.com\"");
 * Path path = FilterGuard.defaults().parsePath("emails[type eq \"work\"].value");
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
        checkBounds("filter", text, BadRequestException::invalidFilter);
        Filter filter = normalized(text);
        int comparisons = comparisons(filter);
        if (comparisons > maxComparisons) {
            throw BadRequestException.invalidFilter("The filter makes " + comparisons
                    + " comparisons; at most " + maxComparisons + " are accepted");
        }
        return filter;
    }

    /**
     * Parses an attribute path, such as a PATCH operation's, within the limits of a filter: its length, the nesting
     * of its brackets and the comparisons of its value filters.
     *
     * @throws BadRequestException {@code invalidPath} when the path is too long, too deep, malformed, or its value
     *                             filters make too many comparisons
     */
    public Path parsePath(String text) throws BadRequestException {
        checkBounds("path", text, BadRequestException::invalidPath);
        Path path;
        try {
            path = Path.fromString(text);
        } catch (BadRequestException | RuntimeException e) {
            // As in filters, a comparison value that is an object or an array fails a cast, which the SDK's path
            // parser reports with the classes' names: those never reach the client.
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw BadRequestException.invalidPath(e instanceof BadRequestException && !reason.contains("class ")
                    ? "Invalid path: " + reason
                    : "Invalid path: a comparison value must be a string, a number, true, false or null");
        }
        int comparisons = 0;
        for (Path.Element element : path) {
            comparisons += element.getValueFilter() == null ? 0 : comparisons(element.getValueFilter());
        }
        if (comparisons > maxComparisons) {
            throw BadRequestException.invalidPath("The path's filter makes " + comparisons
                    + " comparisons; at most " + maxComparisons + " are accepted");
        }
        return path;
    }

    /** The length, then the brackets outside JSON string literals, where a backslash escapes the next character. */
    private void checkBounds(String what, String text, Function<String, BadRequestException> refusal)
            throws BadRequestException {
        if (text.length() > maxLength) {
            throw refusal.apply("The " + what + " is " + text.length()
                    + " characters long; at most " + maxLength + " are accepted");
        }
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
                    throw refusal.apply("The " + what + " nests parentheses or brackets deeper than "
                            + maxDepth + " levels (at position " + i + ")");
                }
            } else if ((c == ')' || c == ']') && --depth < 0) {
                throw refusal.apply("Invalid " + what + ": '" + c + "' at position " + i + " closes nothing");
            }
        }
        if (depth > 0) {
            // The SDK parser lets an unclosed '[' pass.
            throw refusal.apply("Invalid " + what + ": " + depth + " parentheses or brackets left open");
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
