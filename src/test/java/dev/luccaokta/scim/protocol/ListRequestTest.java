package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.messages.SortOrder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListRequestTest {

    @Test
    void defaultsToTheFirstPageOfTheDefaultSizeUnfilteredInIndexOrder() throws BadRequestException {
        ListRequest request = ListRequest.parse(Map.of(), SearchLimits.defaults());

        assertThat(request.startIndex()).isEqualTo(1);
        assertThat(request.count()).isEqualTo(100);
        assertThat(request.filter()).isEmpty();
        assertThat(request.sortBy()).isEmpty();
        assertThat(request.sortOrder()).isEqualTo(SortOrder.ASCENDING);
        assertThat(request.projection()).isSameAs(AttributeProjection.all());
    }

    @Test
    void readsEveryParameter() throws BadRequestException {
        ListRequest request = Requests.of("startIndex", "21", "count", "10", "filter", "userName eq \"a\"",
                "sortBy", "name.familyName", "sortOrder", "descending", "attributes", "userName");

        assertThat(request.startIndex()).isEqualTo(21);
        assertThat(request.count()).isEqualTo(10);
        assertThat(request.filter().orElseThrow()).hasToString("userName eq \"a\"");
        assertThat(request.sortBy().orElseThrow()).hasToString("name.familyName");
        assertThat(request.sortOrder()).isEqualTo(SortOrder.DESCENDING);
        assertThat(request.projection().apply(TestUsers.jane()).has("title")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "-5, 1", "1, 1", "+7, 7", "007, 7", "99999999999999999999, 2147483647",
            "-99999999999999999999, 1", " 3 , 3"})
    void readsStartIndexBelowOneAsOne(String given, int expected) throws BadRequestException {
        assertThat(Requests.of("startIndex", given).startIndex()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-1, 0", "0, 0", "50, 50", "1000, 1000", "1001, 1000", "99999999999999999999, 1000"})
    void keepsCountWithinZeroAndTheMaximum(String given, int expected) throws BadRequestException {
        assertThat(Requests.of("count", given).count()).isEqualTo(expected);
    }

    @Test
    void takesPageSizesFromTheLimits() throws BadRequestException {
        SearchLimits limits = SearchLimits.of(5, 20, FilterGuard.defaults());

        assertThat(Requests.of(limits).count()).isEqualTo(5);
        assertThat(Requests.of(limits, "count", "500").count()).isEqualTo(20);
        assertThatThrownBy(() -> SearchLimits.of(30, 20, FilterGuard.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "0x10", "--1", "1 0"})
    void refusesNumbersThatAreNot(String given) {
        assertInvalidValue(() -> Requests.of("count", given), "count must be an integer");
        assertInvalidValue(() -> Requests.of("startIndex", given), "startIndex must be an integer");
    }

    @Test
    void readsBlankValuesAsAbsent() throws BadRequestException {
        ListRequest request = Requests.of("count", "", "filter", " ", "sortBy", "", "startIndex", "  ");

        assertThat(request.count()).isEqualTo(100);
        assertThat(request.filter()).isEmpty();
        assertThat(request.sortBy()).isEmpty();
    }

    @Test
    void matchesParameterNamesIgnoringCaseAndIgnoresOthers() throws BadRequestException {
        ListRequest request = Requests.of("COUNT", "3", "StartIndex", "4", "unknown", "x");

        assertThat(request.count()).isEqualTo(3);
        assertThat(request.startIndex()).isEqualTo(4);
    }

    @Test
    void refusesAParameterGivenTwice() {
        assertInvalidValue(() -> Requests.of("count", "1", "count", "2"), "count is given 2 times");
        assertInvalidValue(() -> Requests.of("filter", "a pr", "FILTER", "b pr"), "filter is given 2 times");
    }

    @ParameterizedTest
    @CsvSource({"ascending, ASCENDING", "DESCENDING, DESCENDING", "Descending, DESCENDING"})
    void readsSortOrderIgnoringCase(String given, SortOrder expected) throws BadRequestException {
        assertThat(Requests.of("sortBy", "userName", "sortOrder", given).sortOrder()).isEqualTo(expected);
    }

    @Test
    void refusesUnknownSortOrders() {
        assertInvalidValue(() -> Requests.of("sortOrder", "up"), "sortOrder must be 'ascending' or 'descending'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name..familyName", "emails[type eq \"work\"].value", "a b"})
    void refusesMalformedSortBy(String given) {
        assertInvalidValue(() -> Requests.of("sortBy", given), "sortBy");
    }

    @Test
    void reportsFilterMistakesAsInvalidFilter() {
        assertThatThrownBy(() -> Requests.of("filter", "userName eq"))
                .isInstanceOfSatisfying(BadRequestException.class, e ->
                        assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_FILTER));
    }

    @Test
    void refusesAttributesTogetherWithExcludedAttributes() {
        assertInvalidValue(() -> Requests.of("attributes", "userName", "excludedAttributes", "emails"),
                "cannot be given together");
    }

    @Test
    void acceptsAJaxRsStyleMultiValuedMap() throws BadRequestException {
        Map<String, List<String>> query = Map.of("count", List.of("7"), "filter", List.of());

        assertThat(ListRequest.parse(query, SearchLimits.defaults()).count()).isEqualTo(7);
    }

    private static void assertInvalidValue(ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.getScimError().getStatus()).isEqualTo(400);
            assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_VALUE);
            assertThat(e.getScimError().getDetail()).contains(detail);
        });
    }
}
