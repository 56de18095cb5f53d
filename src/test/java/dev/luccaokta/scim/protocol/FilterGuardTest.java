package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterGuardTest {

    private final FilterGuard guard = FilterGuard.defaults();

    @Test
    void refusesTenThousandNestedParenthesesWithoutParsingThem() {
        String deep = "(".repeat(10_000) + "userName eq \"x\"" + ")".repeat(10_000);

        assertRefused(deep, "20015 characters long; at most 2000");
        assertThatThrownBy(() -> FilterGuard.of(100_000, 10, 50).parse(deep))
                .hasMessageContaining("deeper than 10 levels (at position 10)");
    }

    @Test
    void refusesDeepNotsAndValuePaths() {
        assertRefused("not (".repeat(11) + "active eq true" + ")".repeat(11), "deeper than 10 levels");
        assertRefused("emails[".repeat(200), "deeper than 10 levels");
    }

    @Test
    void acceptsTheMaximumDepth() throws BadRequestException {
        Filter filter = guard.parse("(".repeat(10) + "userName eq \"x\"" + ")".repeat(10));

        assertThat(filter.toString()).isEqualTo("userName eq \"x\"");
    }

    @Test
    void ignoresBracketsInsideQuotedValues() throws BadRequestException {
        Filter filter = guard.parse("userName eq \"((((((((((((\\\"[[[[[[[[[[[[\"");

        assertThat(filter.getComparisonValue().textValue()).isEqualTo("((((((((((((\"[[[[[[[[[[[[");
    }

    @Test
    void refusesHugeFilters() {
        assertRefused("userName eq \"" + "x".repeat(100_000) + "\"", "100014 characters long; at most 2000");
    }

    @Test
    void refusesTooManyComparisons() {
        String many = IntStream.range(0, 51).mapToObj(i -> "title eq \"t" + i + "\"")
                .collect(Collectors.joining(" or "));

        assertRefused(many, "makes 51 comparisons; at most 50");
    }

    @Test
    void countsComparisonsInsideValuePaths() {
        String inside = "emails[" + String.join(" or ", List.of("value pr", "type pr", "primary pr")) + "]";

        assertThatThrownBy(() -> FilterGuard.of(2_000, 10, 2).parse(inside))
                .hasMessageContaining("makes 3 comparisons; at most 2");
    }

    /**
     * The SDK parses {@code a and b and … or z} into a graph that, read as a tree, repeats the {@code and}
     * operands 2<sup>n</sup> times; the guard must hand back the plain tree, or counting and evaluating would never
     * end for 30 operands.
     */
    @Test
    void flattensTheParsersExponentialAndChains() throws ScimException {
        String chain = IntStream.range(0, 30).mapToObj(i -> "a" + i + " eq " + i).collect(Collectors.joining(" and "))
                + " or b pr";

        Filter filter = guard.parse(chain);

        assertThat(filter.getCombinedFilters()).hasSize(2);
        assertThat(filter.getCombinedFilters().get(0).getCombinedFilters()).hasSize(30);
        assertThat(ComparisonCounter.count(filter)).isEqualTo(31);
        assertThat(filter.toString()).hasSizeLessThan(chain.length() + 10);
    }

    @Test
    void keepsTheMeaningOfMixedAndOr() throws ScimException {
        Filter filter = guard.parse("a eq 1 and b eq 2 and c eq 3 or d eq 4 and (e eq 5 or f eq 6 or g eq 7)");

        assertThat(filter).hasToString(
                "((a eq 1 and b eq 2 and c eq 3) or (d eq 4 and (e eq 5 or f eq 6 or g eq 7)))");
    }

    @Test
    void dropsTheCoreSchemaQualifierButKeepsExtensions() throws BadRequestException {
        Filter filter = guard.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\" and "
                + "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department pr and "
                + "emails[urn:ietf:params:scim:schemas:core:2.0:User:type eq \"work\"]");

        assertThat(filter).hasToString("(userName eq \"x\" and "
                + "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department pr and "
                + "emails[type eq \"work\"])");
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName eq", "userName eq \"a\" and", "(userName eq \"a\"", "userName eq \"a\")",
            "bad..path eq \"x\"", "\"x\" eq userName", "userName xx \"a\"", "urn:foo eq \"x\"", "emails[type eq \"a\"",
            "emails[value eq \"x\"].type eq \"y\"", "userName eq 'single'", "", "  "})
    void refusesMalformedFiltersWithTheParsersWords(String text) {
        assertThatThrownBy(() -> guard.parse(text))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_FILTER);
                    assertThat(e.getScimError().getDetail()).startsWith("Invalid filter: ").doesNotContain("\n");
                });
    }

    /** Found by HostileInputIT: the SDK parser takes any JSON as the value, then fails casting it to a scalar. */
    @ParameterizedTest
    @ValueSource(strings = {"userName eq {}", "userName eq []", "title ne [1,2]", "userName eq {\"a\":1}",
            "emails[value eq {}]", "not (nonexistent sw {} and active eq true)", "meta.created gt [\"2020\"]"})
    void refusesObjectAndArrayValuesAsInvalidFilters(String text) {
        assertRefused(text, "a comparison value must be a string, a number, true, false or null");
    }

    @Test
    void refusesNonPositiveLimits() {
        assertThatThrownBy(() -> FilterGuard.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FilterGuard.of(5, 6, 7)).extracting(FilterGuard::maxLength, FilterGuard::maxDepth,
                FilterGuard::maxComparisons).isEqualTo(List.of(5, 6, 7));
    }

    @Test
    void aPathPassesTheLimitsOfFiltersAndIsRefusedAsAnInvalidPath() throws BadRequestException {
        String many = "emails[" + IntStream.range(0, 51).mapToObj(i -> "value eq \"x" + i + "\"")
                .collect(Collectors.joining(" or ")) + "].value";

        assertPathRefused("emails[" + "(".repeat(31_000) + "type eq \"work\"" + ")".repeat(31_000) + "].value",
                "62028 characters long; at most 2000");
        assertThatThrownBy(() -> FilterGuard.of(100_000, 10, 50).parsePath("emails[" + "(".repeat(31_000) + "type pr"
                + ")".repeat(31_000) + "]")).hasMessageContaining("deeper than 10 levels (at position 16)");
        assertPathRefused("emails[" + "(".repeat(10) + "type pr" + ")".repeat(10) + "]", "deeper than 10 levels");
        assertPathRefused(many, "makes 51 comparisons; at most 50");
        assertPathRefused("emails[type eq \"work\"", "left open");
        assertPathRefused("emails[type eq {}].value", "a comparison value must be");
        assertPathRefused("emails..value", "Invalid path");
        assertThat(guard.parsePath("emails[" + "(".repeat(9) + "type eq \"work\"" + ")".repeat(9) + "].value").size())
                .isEqualTo(2);
    }

    private void assertPathRefused(String path, String reason) {
        assertThatThrownBy(() -> guard.parsePath(path))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_PATH);
                })
                .hasMessageContaining(reason);
    }

    private void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> guard.parse(text))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_FILTER);
                })
                .hasMessageContaining(reason);
    }
}
