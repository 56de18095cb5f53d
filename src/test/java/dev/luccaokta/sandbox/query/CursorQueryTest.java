package dev.luccaokta.sandbox.query;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorQueryTest {
    private static final Set<String> FILTERS = Set.of("id", "status", "email");

    /** A collection item: ids 1 to 10; even ids are upcoming, the others active; every third has no email. */
    private record Item(long id, String status, String email) {
    }

    private static final List<Item> ITEMS = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> new Item(i, i % 2 == 0 ? "upcoming" : "active", i % 3 == 0 ? null : "p" + i + "@example.com"))
            .toList();

    private static final Map<String, Function<Item, List<String>>> ATTRIBUTES = Map.of(
            "id", item -> List.of(Long.toString(item.id())),
            "status", item -> List.of(item.status()),
            "email", item -> item.email() == null ? List.of() : List.of(item.email()));

    @Test
    void defaultsToTwentyFiveItemsWithoutIncludes() {
        CursorQuery query = parse();

        assertThat(query.limit()).isEqualTo(CursorQuery.DEFAULT_LIMIT).isEqualTo(25);
        assertThat(query.includes("links")).isFalse();
        assertThat(query.includes("totalCount")).isFalse();
        assertThat(query.includes("embedded")).isFalse();
        CursorQuery.Result<Item> result = query.run(ITEMS, Item::id, ATTRIBUTES);
        assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(result.totalCount()).isEqualTo(10);
        assertThat(result.nextCursor()).isNull();
    }

    @Test
    void limitRunsFromZeroToAHundred() {
        assertThat(parse("limit", "0").limit()).isZero();
        assertThat(parse("limit", "100").limit()).isEqualTo(CursorQuery.MAX_LIMIT);
        assertThatThrownBy(() -> parse("limit", "101")).isInstanceOf(QueryException.class)
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> parse("limit", "-1")).isInstanceOf(QueryException.class)
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> parse("limit", "ten")).isInstanceOf(QueryException.class)
                .hasMessageContaining("whole number");
        CursorQuery.Result<Item> none = parse("limit", "0").run(ITEMS, Item::id, ATTRIBUTES);
        assertThat(none.page()).isEmpty();
        assertThat(none.totalCount()).isEqualTo(10);
    }

    @Test
    void theNextCursorOfEachPageLeadsThroughEveryItemOnceThenEnds() {
        List<Long> seen = new ArrayList<>();
        String page = null;
        int pages = 0;
        do {
            CursorQuery query = page == null ? parse("limit", "3") : parse("limit", "3", "page", page);
            CursorQuery.Result<Item> result = query.run(ITEMS, Item::id, ATTRIBUTES);
            seen.addAll(ids(result));
            assertThat(result.totalCount()).isEqualTo(10);
            page = result.nextCursor();
            assertThat(page == null || page.startsWith("!")).as("cursor %s", page).isTrue();
            pages++;
        } while (page != null);

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void aCursorResumesAfterItsIdEvenWhenItemsWereAddedOrRemovedBefore() {
        String cursor = CursorQuery.cursor(4);
        List<Item> changed = new ArrayList<>(ITEMS.subList(1, 10));
        changed.add(0, new Item(0, "active", "zero@example.com"));

        CursorQuery.Result<Item> result = parse("limit", "2", "page", cursor).run(changed, Item::id, ATTRIBUTES);

        assertThat(ids(result)).containsExactly(5L, 6L);
        assertThat(result.nextCursor()).isEqualTo(CursorQuery.cursor(6));
    }

    @Test
    void aPageFilledToTheLastItemHasNoNextCursor() {
        CursorQuery.Result<Item> result = parse("limit", "5", "page", CursorQuery.cursor(5)).run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(result)).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(result.nextCursor()).isNull();
    }

    @Test
    void forgedOrMangledCursorsAreRefused() {
        String notAnId = "!" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("after:abc".getBytes(StandardCharsets.UTF_8));
        String otherPrefix = "!" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("before:3".getBytes(StandardCharsets.UTF_8));

        for (String forged : List.of("!S7DHF", "!", "!***", notAnId, otherPrefix)) {
            assertThatThrownBy(() -> parse("page", forged)).as(forged).isInstanceOf(QueryException.class)
                    .hasMessageContaining("Invalid page cursor");
        }
    }

    @Test
    void pageNumbersCountFromOneInPagesOfTheLimit() {
        CursorQuery.Result<Item> second = parse("limit", "4", "page", "2").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> third = parse("limit", "4", "page", "3").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> beyond = parse("limit", "4", "page", "9").run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(second)).containsExactly(5L, 6L, 7L, 8L);
        assertThat(second.nextCursor()).isEqualTo(CursorQuery.cursor(8));
        assertThat(ids(third)).containsExactly(9L, 10L);
        assertThat(third.nextCursor()).isNull();
        assertThat(beyond.page()).isEmpty();
        assertThat(beyond.nextCursor()).isNull();
        assertThatThrownBy(() -> parse("page", "0")).isInstanceOf(QueryException.class).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> parse("page", "two")).isInstanceOf(QueryException.class).hasMessageContaining("whole number");
    }

    @Test
    void includesAreACommaListOfEmbeddedLinksAndTotalCount() {
        CursorQuery all = parse("include", "embedded, links,totalCount");
        CursorQuery links = parse("include", "links");

        assertThat(all.includes("embedded")).isTrue();
        assertThat(all.includes("links")).isTrue();
        assertThat(all.includes("totalCount")).isTrue();
        assertThat(links.includes("links")).isTrue();
        assertThat(links.includes("totalCount")).isFalse();
        assertThatThrownBy(() -> parse("include", "links,count")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown include 'count'");
        assertThatThrownBy(() -> parse("include", "")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown include");
    }

    @Test
    void equalityFiltersKeepAnyOfTheirValuesAndCombineWithEachOther() {
        CursorQuery.Result<Item> ids = parse("id", "1,2,3,42").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> upcomingAmongFirstFour = parse("id", "1,2,3,4", "status", "upcoming")
                .run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(ids)).containsExactly(1L, 2L, 3L);
        assertThat(ids.totalCount()).isEqualTo(3);
        assertThat(ids(upcomingAmongFirstFour)).containsExactly(2L, 4L);
    }

    @Test
    void aDashBeforeTheNameNegatesAFilter() {
        CursorQuery.Result<Item> notUpcoming = parse("-status", "upcoming").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> notTheseIds = parse("-id", "1,10").run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(notUpcoming)).containsExactly(1L, 3L, 5L, 7L, 9L);
        assertThat(notUpcoming.totalCount()).isEqualTo(5);
        assertThat(ids(notTheseIds)).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThatThrownBy(() -> parse("status", "active", "-status", "upcoming")).isInstanceOf(QueryException.class)
                .hasMessageContaining("both as equality and inequality");
    }

    @Test
    void nullMatchesAMissingValueAndOnlyThat() {
        CursorQuery.Result<Item> withoutEmail = parse("email", "null").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> withEmail = parse("-email", "null").run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> oneOrNone = parse("email", "p1@example.com,null").run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(withoutEmail)).containsExactly(3L, 6L, 9L);
        assertThat(ids(withEmail)).containsExactly(1L, 2L, 4L, 5L, 7L, 8L, 10L);
        assertThat(ids(oneOrNone)).containsExactly(1L, 3L, 6L, 9L);
    }

    @Test
    void filtersAndCursorsTogetherPageThroughTheMatchingItemsOnly() {
        CursorQuery.Result<Item> first = parse("status", "active", "limit", "2", "include", "totalCount")
                .run(ITEMS, Item::id, ATTRIBUTES);
        CursorQuery.Result<Item> second = parse("status", "active", "limit", "2", "page", first.nextCursor())
                .run(ITEMS, Item::id, ATTRIBUTES);

        assertThat(ids(first)).containsExactly(1L, 3L);
        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(ids(second)).containsExactly(5L, 7L);
        assertThat(second.nextCursor()).isNotNull();
    }

    @Test
    void unknownRepeatedOrMalformedParametersAreRefused() {
        assertThatThrownBy(() -> parse("colour", "red")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown query parameter 'colour'");
        assertThatThrownBy(() -> parse("-colour", "red")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown query parameter '-colour'");
        assertThatThrownBy(() -> CursorQuery.parse(new QueryParameters(Map.of("limit", List.of("1", "2"))), FILTERS))
                .isInstanceOf(QueryException.class).hasMessageContaining("given 2 times");
        assertThatThrownBy(() -> parse("id", "1,,2")).isInstanceOf(QueryException.class)
                .hasMessageContaining("comma-separated values");
        String tooMany = String.join(",", IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).toList());
        assertThatThrownBy(() -> parse("id", tooMany)).isInstanceOf(QueryException.class)
                .hasMessageContaining("1 to 100");
    }

    /** A query from name/value pairs. */
    @Test
    void aDateRangeKeepsTheItemsWithADateInItEitherEndOpen() {
        Map<String, Function<Item, List<String>>> dated = new LinkedHashMap<>(ATTRIBUTES);
        // Item n starts on the n-th of January; odd items have no end.
        dated.put("startsOn", item -> List.of(String.format("2024-01-%02d", item.id())));
        dated.put("endsOn", item -> item.id() % 2 == 1 ? List.of() : List.of(String.format("2024-02-%02d", item.id())));
        Set<String> names = new HashSet<>(FILTERS);
        names.addAll(dated.keySet());

        assertThat(ids(dated("startsOn.between", "2024-01-03--2024-01-05", names).run(ITEMS, Item::id, dated)))
                .containsExactly(3L, 4L, 5L);
        assertThat(ids(dated("startsOn.between", "2024-01-09--..", names).run(ITEMS, Item::id, dated)))
                .containsExactly(9L, 10L);
        assertThat(ids(dated("endsOn.between", "..--2024-02-04", names).run(ITEMS, Item::id, dated)))
                .as("no end is in no range").containsExactly(2L, 4L);
        assertThat(ids(dated("startsOn", "2024-01-07", names).run(ITEMS, Item::id, dated))).containsExactly(7L);
        assertThatThrownBy(() -> dated("startsOn.between", "2024-01-05", names)).isInstanceOf(QueryException.class)
                .hasMessageContaining("start--end");
        assertThatThrownBy(() -> dated("startsOn.between", "2024-01-05--2024-01-01", names))
                .isInstanceOf(QueryException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> dated("startsOn.between", "yesterday--..", names)).isInstanceOf(QueryException.class)
                .hasMessageContaining("2024-01-01");
        assertThatThrownBy(() -> parse("status.between", "2024-01-01--..")).isInstanceOf(QueryException.class)
                .as("only dates take ranges").hasMessageContaining("Unknown query parameter");
    }

    private static CursorQuery dated(String name, String value, Set<String> names) {
        return CursorQuery.parse(new QueryParameters(Map.of(name, List.of(value))), names, Set.of("startsOn", "endsOn"));
    }

    private static CursorQuery parse(String... pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], List.of(pairs[i + 1]));
        }
        return CursorQuery.parse(new QueryParameters(values), FILTERS);
    }

    private static List<Long> ids(CursorQuery.Result<Item> result) {
        return result.page().stream().map(Item::id).toList();
    }
}
