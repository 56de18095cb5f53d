package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static dev.luccaokta.sandbox.query.TestEmployees.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterAttributeTest {
    private static final List<Employee> PEOPLE = List.of(
            employee(1, "Ana", "Alves").dtContractStart(LocalDate.of(2019, 3, 1)).build(),
            employee(2, "Bob", "Brun").dtContractStart(LocalDate.of(2020, 1, 1))
                    .dtContractEnd(LocalDate.of(2024, 12, 31)).build(),
            employee(3, "Cléa", "Costa").dtContractStart(LocalDate.of(2021, 6, 15))
                    .dtContractEnd(LocalDate.of(2025, 6, 30)).build(),
            employee(4, "Dan", "Diaz").dtContractStart(LocalDate.of(2025, 9, 1)).build());

    private static List<Integer> matching(Predicate<Employee> filter) {
        return PEOPLE.stream().filter(filter).map(Employee::id).toList();
    }

    @Test
    void bareIdsMeanAnyOfThem() {
        assertThat(matching(FilterAttribute.ID.parse("1,3,99"))).containsExactly(1, 3);
        assertThat(matching(FilterAttribute.ID.parse("2"))).containsExactly(2);
    }

    @Test
    void bareMailOrLoginMeansEqualIgnoringCase() {
        assertThat(matching(FilterAttribute.MAIL.parse("BOB.brun@example.com"))).containsExactly(2);
        assertThat(matching(FilterAttribute.LOGIN.parse("equal,ana.alves"))).containsExactly(1);
        assertThat(matching(FilterAttribute.LOGIN.parse("notequal,ana.alves,dan.diaz"))).containsExactly(2, 3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "equal,2020-01-01;                2",
            "equal,2020-01-01T00:00:00;       2",
            "notequal,2020-01-01;             1,3,4",
            "since,2020-01-01;                2,3,4",
            "greaterthanorequal,2020-01-01;   2,3,4",
            "until,2020-01-01;                1,2",
            "lessthanorequal,2020-01-01;      1,2",
            "greaterthan,2020-01-01;          3,4",
            "lessthan,2020-01-01;             1",
            "between,2019-03-01,2021-06-15;   1,2,3",
            "between,2019-03-02,2021-06-14;   2",
            "2021-06-15;                      3",
            "EQUAL,2021-06-15;                3"})
    void everyOperatorOnContractStart(String filter, String expectedIds) {
        List<Integer> expected = List.of(expectedIds.split(",")).stream().map(Integer::valueOf).toList();

        assertThat(matching(FilterAttribute.DT_CONTRACT_START.parse(filter))).isEqualTo(expected);
    }

    @Test
    void nullMatchesMissingValuesWithEqualAndNotEqual() {
        assertThat(matching(FilterAttribute.DT_CONTRACT_END.parse("equal,null"))).containsExactly(1, 4);
        assertThat(matching(FilterAttribute.DT_CONTRACT_END.parse("notequal,null"))).containsExactly(2, 3);
        assertThat(matching(FilterAttribute.DT_CONTRACT_END.parse("equal,null,2024-12-31"))).containsExactly(1, 2, 4);
    }

    @Test
    void orderingOperatorsNeverMatchAMissingValue() {
        assertThat(matching(FilterAttribute.DT_CONTRACT_END.parse("until,2030-01-01"))).containsExactly(2, 3);
        assertThat(matching(FilterAttribute.DT_CONTRACT_END.parse("notequal,2024-12-31"))).containsExactly(1, 3, 4);
    }

    @Test
    void modifiedAtComparesDateTimes() {
        assertThat(matching(FilterAttribute.MODIFIED_AT.parse("since,2025-01-03"))).containsExactly(3, 4);
        assertThat(matching(FilterAttribute.MODIFIED_AT.parse("greaterthan,2025-01-03T10:30:00"))).containsExactly(4);
        assertThat(matching(FilterAttribute.ID.parse("between,2,3"))).containsExactly(2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"after,2020-01-01", "2020-13-01", "since", "since,2020-01-01,2021-01-01",
            "between,2020-01-01", "between,2021-01-01,2020-01-01", "since,null", "between,null,2020-01-01",
            "equal,", "", "since,01/02/2020"})
    void refusesMalformedDateFilters(String filter) {
        assertThatThrownBy(() -> FilterAttribute.DT_CONTRACT_START.parse(filter))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("dtContractStart");
    }

    @Test
    void explainsAnUnknownOperator() {
        assertThatThrownBy(() -> FilterAttribute.MODIFIED_AT.parse("newerthan,2020-01-01"))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("'newerthan' is neither an operator");
        assertThatThrownBy(() -> FilterAttribute.ID.parse("one,two"))
                .isInstanceOf(QueryException.class).hasMessageContaining("'one'");
        assertThatThrownBy(() -> FilterAttribute.ID.parse("equal,x"))
                .isInstanceOf(QueryException.class).hasMessageContaining("invalid value 'x'");
    }

    @Test
    void textFiltersSupportOnlyEquality() {
        assertThatThrownBy(() -> FilterAttribute.MAIL.parse("since,a@example.com"))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("only the equal and notequal operators");
    }
}
