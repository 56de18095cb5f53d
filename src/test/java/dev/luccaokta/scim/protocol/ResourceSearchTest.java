package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceSearchTest {

    private static final InMemoryResourceIndex USERS =
            InMemoryResourceIndex.of(TestUsers.generate(237, 21), "id", "userName", "emails.value");

    @ParameterizedTest
    @ValueSource(strings = {"", "name.familyName", "meta.created", "emails"})
    void pagesCoverEveryMatchExactlyOnceInOneOrder(String sortBy) throws ScimException {
        ListResult whole = ResourceSearch.search(USERS, Requests.of("count", "1000", "sortBy", sortBy));
        List<String> paged = new ArrayList<>();
        for (int start = 1; start <= 237; start += 10) {
            ListResult page = ResourceSearch.search(USERS,
                    Requests.of("startIndex", String.valueOf(start), "count", "10", "sortBy", sortBy));
            assertThat(page.totalResults()).isEqualTo(237);
            assertThat(page.startIndex()).isEqualTo(start);
            assertThat(page.itemsPerPage()).isEqualTo(Math.min(10, 237 - start + 1));
            paged.addAll(TestUsers.ids(page.resources()));
        }

        assertThat(paged).doesNotHaveDuplicates().hasSize(237).isEqualTo(TestUsers.ids(whole.resources()));
        if (sortBy.isEmpty()) {
            assertThat(paged).isEqualTo(TestUsers.ids(USERS.all()));
        }
    }

    @Test
    void countZeroGivesTheTotalOnly() throws ScimException {
        ListResult result = ResourceSearch.search(USERS, Requests.of("count", "0", "filter", "active eq true"));

        assertThat(result.resources()).isEmpty();
        assertThat(result.itemsPerPage()).isZero();
        assertThat(result.totalResults()).isEqualTo(USERS.all().stream()
                .filter(user -> user.get("active").asBoolean()).count());
    }

    @Test
    void capsThePageAtTheMaximum() throws ScimException {
        SearchLimits limits = SearchLimits.of(10, 50, FilterGuard.defaults());

        ListResult result = ResourceSearch.search(USERS, Requests.of(limits, "count", "5000"));

        assertThat(result.itemsPerPage()).isEqualTo(50);
        assertThat(result.totalResults()).isEqualTo(237);
    }

    @Test
    void startingPastTheEndGivesAnEmptyPage() throws ScimException {
        ListResult result = ResourceSearch.search(USERS, Requests.of("startIndex", "99999999999"));

        assertThat(result.resources()).isEmpty();
        assertThat(result.totalResults()).isEqualTo(237);
        assertThat(result.startIndex()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void projectsThePage() throws ScimException {
        ListResult result = ResourceSearch.search(USERS, Requests.of("count", "3", "attributes", "userName"));

        assertThat(result.resources()).allSatisfy(user ->
                assertThat(user.properties()).extracting(Map.Entry::getKey)
                        .containsExactly("schemas", "id", "userName", "meta"));
    }

    @Test
    void sortsStringsIgnoringCaseWithMissingValuesLastAndTiesInIndexOrder() throws ScimException {
        InMemoryResourceIndex index = InMemoryResourceIndex.of(List.of(
                user("1", "beta"), user("2", null), user("3", "Alpha"), user("4", "alpha"), user("5", "Gamma"),
                user("6", null), user("7", "BETA")));

        assertThat(sortedIds(index, "ascending")).containsExactly("3", "4", "1", "7", "5", "2", "6");
        assertThat(sortedIds(index, "descending")).containsExactly("5", "1", "7", "3", "4", "2", "6");
    }

    @Test
    void sortsDateTimesAsInstantsAndMultiValuedAttributesByThePrimaryValue() throws ScimException {
        ObjectNode late = user("late", null);
        late.withObjectProperty("meta").put("created", "2024-01-01T10:00:00+01:00");
        late.withArrayProperty("emails").addObject().put("value", "a@x").put("type", "home");
        late.withArrayProperty("emails").addObject().put("value", "z@x").put("primary", true);
        ObjectNode early = user("early", null);
        early.withObjectProperty("meta").put("created", "2024-01-01T09:30:00Z");
        early.withArrayProperty("emails").addObject().put("value", "m@x");
        InMemoryResourceIndex index = InMemoryResourceIndex.of(List.of(late, early));

        assertThat(TestUsers.ids(ResourceSearch.search(index, Requests.of("sortBy", "meta.created")).resources()))
                .containsExactly("late", "early");
        assertThat(TestUsers.ids(ResourceSearch.search(index, Requests.of("sortBy", "emails.value")).resources()))
                .containsExactly("early", "late");
    }

    @Test
    void sortsByExtensionAttributes() throws ScimException {
        ListResult result = ResourceSearch.search(USERS, Requests.of("count", "1000",
                "sortBy", TestUsers.ENTERPRISE + ":dtContractStart", "sortOrder", "descending"));

        List<String> starts = result.resources().stream()
                .map(user -> TestUsers.enterprise(user).get("dtContractStart").asText()).toList();
        assertThat(starts).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void looksIndexedEqualitiesUpWithoutScanning() throws ScimException {
        ObjectNode sample = USERS.all().get(100);
        ResourceIndex noScan = new NoScanIndex(USERS);
        String userName = sample.get("userName").asText().toUpperCase();

        assertThat(ids(noScan, "userName eq \"" + userName + "\"")).containsExactly(sample.get("id").asText());
        assertThat(ids(noScan, "active eq " + sample.get("active") + " and USERNAME eq \"" + userName + "\""))
                .containsExactly(sample.get("id").asText());
        assertThat(ids(noScan, TestUsers.CORE + ":userName eq \"" + userName + "\" and title pr"))
                .isEqualTo(sample.has("title") ? List.of(sample.get("id").asText()) : List.of());
        assertThat(ids(noScan, "id eq \"u7\"")).containsExactly("u7");
    }

    @Test
    void scansWhenNoIndexedEqualityNarrowsTheFilter() {
        ResourceIndex noScan = new NoScanIndex(USERS);

        for (String filter : List.of("title eq \"CEO\"", "userName sw \"a\"", "userName eq \"a\" or title pr",
                "not (userName eq \"a\")", "emails[value eq \"a\"]", "id eq 7")) {
            assertThatThrownBy(() -> ResourceSearch.search(noScan, Requests.of("filter", filter)))
                    .as(filter).isInstanceOf(AssertionError.class).hasMessageContaining("scanned");
        }
    }

    @Test
    void checksTheWholeFilterOnWhatTheIndexReturns() throws ScimException {
        ResourceIndex everythingMatches = new NoScanIndex(USERS) {
            @Override
            public List<ObjectNode> all() {
                return USERS.all();
            }

            @Override
            public Optional<int[]> equalTo(Path attribute, String value) {
                return Optional.of(IntStream.range(0, USERS.all().size()).toArray());
            }
        };

        assertThat(ids(everythingMatches, "userName eq \"" + USERS.all().get(3).get("userName").asText() + "\""))
                .containsExactly("u3");
    }

    @Test
    void aScanOfAnIndexMadeFromAnotherReadsOnlyTheResourcesThatChanged() throws ScimException {
        List<ObjectNode> before = USERS.all();
        StampedIndex first = new StampedIndex(before, before.stream().map(user -> new Object()).toList(), Map.of());
        String filter = "title co \"Engineer\"";
        int changed = IntStream.range(0, before.size())
                .filter(i -> before.get(i).path("title").asText().contains("Engineer")).findFirst().orElseThrow();
        List<ObjectNode> after = new ArrayList<>(before);
        after.set(changed, before.get(changed).deepCopy().put("title", "Accountant"));
        List<Object> stamps = new ArrayList<>(first.stamps);
        stamps.set(changed, new Object());
        StampedIndex second = new StampedIndex(after, stamps, first.kept);

        long matchedBefore = total(first, filter);
        long matchedAfter = total(second, filter);

        assertThat(first.reads).as("the first scan reads every resource").hasValue(before.size());
        assertThat(second.reads).as("the next reads the changed one only").hasValue(1);
        assertThat(matchedAfter).isEqualTo(total(InMemoryResourceIndex.of(after, "id"), filter))
                .isEqualTo(matchedBefore - 1);
    }

    private static long total(ResourceIndex index, String filter) throws ScimException {
        return ResourceSearch.search(index, Requests.of("filter", filter, "count", "0")).totalResults();
    }

    private static List<String> ids(ResourceIndex index, String filter) throws ScimException {
        return TestUsers.ids(ResourceSearch.search(index, Requests.of("filter", filter)).resources());
    }

    private static List<String> sortedIds(ResourceIndex index, String order) throws ScimException {
        return TestUsers.ids(ResourceSearch.search(index,
                Requests.of("sortBy", "name.familyName", "sortOrder", order)).resources());
    }

    private static ObjectNode user(String id, String familyName) {
        ObjectNode user = TestUsers.jane().put("id", id);
        user.remove("emails");
        if (familyName == null) {
            user.withObjectProperty("name").remove("familyName");
        } else {
            user.withObjectProperty("name").put("familyName", familyName);
        }
        return user;
    }

    /** An index that stamps its resources and keeps what searches worked out, counting the resources read. */
    private static final class StampedIndex implements ResourceIndex {

        private final List<ObjectNode> resources;
        private final List<Object> stamps;
        private final Map<String, Object> earlier;
        private final Map<String, Object> kept = new HashMap<>();
        private final AtomicInteger reads = new AtomicInteger();

        StampedIndex(List<ObjectNode> resources, List<Object> stamps, Map<String, Object> earlier) {
            this.resources = resources;
            this.stamps = stamps;
            this.earlier = earlier;
        }

        @Override
        public List<ObjectNode> all() {
            return new AbstractList<>() {
                @Override
                public ObjectNode get(int index) {
                    reads.incrementAndGet();
                    return resources.get(index);
                }

                @Override
                public int size() {
                    return resources.size();
                }
            };
        }

        @Override
        public Optional<ObjectNode> byId(String id) {
            return resources.stream().filter(user -> user.get("id").asText().equals(id)).findFirst();
        }

        @Override
        public Optional<int[]> equalTo(Path attribute, String value) {
            return Optional.empty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T rememberedAcross(String key, Function<Optional<T>, T> compute) {
            return (T) kept.computeIfAbsent(key, k -> compute.apply(Optional.ofNullable((T) earlier.get(k))));
        }

        @Override
        public Object stamp(int position) {
            return stamps.get(position);
        }
    }

    /**
     * An index whose resources fail the test when more than a few are read through one {@code all()}: a search that
     * scans is caught, one that reads what the index found is not.
     */
    private static class NoScanIndex implements ResourceIndex {

        private static final int FEW = 5;

        private final ResourceIndex delegate;

        NoScanIndex(ResourceIndex delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<ObjectNode> all() {
            List<ObjectNode> all = delegate.all();
            AtomicInteger reads = new AtomicInteger();
            return new AbstractList<>() {
                @Override
                public ObjectNode get(int index) {
                    if (reads.incrementAndGet() > FEW) {
                        throw new AssertionError("The search scanned every resource");
                    }
                    return all.get(index);
                }

                @Override
                public int size() {
                    return all.size();
                }
            };
        }

        @Override
        public Optional<ObjectNode> byId(String id) {
            return delegate.byId(id);
        }

        @Override
        public Optional<int[]> equalTo(Path attribute, String value) {
            return delegate.equalTo(attribute, value);
        }
    }
}
