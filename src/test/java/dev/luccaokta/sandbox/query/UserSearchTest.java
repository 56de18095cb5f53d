package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.luccaokta.sandbox.query.TestEmployees.TODAY;
import static dev.luccaokta.sandbox.query.TestEmployees.employee;
import static org.assertj.core.api.Assertions.assertThat;

class UserSearchTest {
    /** 1, 2, 5 and 6 are current; 3 left yesterday; 4 starts tomorrow; 5 works its last day today. */
    private static final List<Employee> DIRECTORY = List.of(
            employee(1, "Ana", "Alves").build(),
            employee(2, "Bob", "Brun").dtContractEnd(TODAY.plusYears(1)).build(),
            employee(3, "Cléa", "Costa").dtContractEnd(TODAY.minusDays(1)).build(),
            employee(4, "Dan", "Diaz").dtContractStart(TODAY.plusDays(1)).build(),
            employee(5, "Eva", "Egli").dtContractEnd(TODAY).build(),
            employee(6, "Féline", "Faure").dtContractStart(TODAY).build());

    private static final Audience WITHOUT_FUTURE = new Audience(TODAY, false);
    private static final Audience WITH_FUTURE = new Audience(TODAY, true);

    private static SearchResult search(Map<String, List<String>> parameters, Audience audience) {
        return UserSearch.run(DIRECTORY, UserQuery.parse(new QueryParameters(parameters)), audience);
    }

    private static List<Integer> ids(SearchResult result) {
        return result.page().stream().map(Employee::id).toList();
    }

    @Test
    void formerAndFutureEmployeesAreLeftOutByDefault() {
        assertThat(ids(search(Map.of(), WITHOUT_FUTURE))).containsExactly(1, 2, 5, 6);
    }

    @Test
    void futureEmployeesAppearOnlyForAnAudienceAllowedToSeeThem() {
        assertThat(ids(search(Map.of(), WITH_FUTURE))).containsExactly(1, 2, 4, 5, 6);
        assertThat(ids(search(Map.of("id", List.of("4")), WITHOUT_FUTURE))).isEmpty();
        assertThat(WITHOUT_FUTURE.canSee(DIRECTORY.get(3))).isFalse();
        assertThat(WITH_FUTURE.canSee(DIRECTORY.get(3))).isTrue();
    }

    @Test
    void formerEmployeesAppearWhenAskedFor() {
        assertThat(ids(search(Map.of("formerEmployees", List.of("true")), WITHOUT_FUTURE)))
                .containsExactly(1, 2, 3, 5, 6);
        assertThat(ids(search(Map.of("formerEmployees", List.of("false")), WITHOUT_FUTURE)))
                .containsExactly(1, 2, 5, 6);
    }

    @Test
    void aContractEndFilterFindsFormerEmployees() {
        assertThat(ids(search(Map.of("dtContractEnd", List.of("until," + TODAY)), WITHOUT_FUTURE)))
                .containsExactly(3, 5);
        assertThat(ids(search(Map.of("dtContractEnd", List.of("notequal,null")), WITH_FUTURE)))
                .containsExactly(2, 3, 5);
    }

    @Test
    void countsAllMatchesBeforePaging() {
        SearchResult result = search(Map.of("paging", List.of("1,2"), "orderBy", List.of("id,desc")), WITH_FUTURE);

        assertThat(ids(result)).containsExactly(5, 4);
        assertThat(result.total()).isEqualTo(5);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCounts() {
        SearchResult result = search(Map.of("paging", List.of("50,10")), WITHOUT_FUTURE);

        assertThat(result.page()).isEmpty();
        assertThat(result.total()).isEqualTo(4);
    }

    @Test
    void filtersCombineWithVisibility() {
        assertThat(ids(search(Map.of("id", List.of("1,3,4,6"), "dtContractStart", List.of("since," + TODAY)),
                WITH_FUTURE))).containsExactly(4, 6);
    }
}
