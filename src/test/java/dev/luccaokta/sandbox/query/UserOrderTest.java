package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static dev.luccaokta.sandbox.query.TestEmployees.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserOrderTest {
    private static final List<Employee> IN_ID_ORDER = List.of(
            employee(1, "Zoé", "Martin").dtContractEnd(LocalDate.of(2026, 1, 1)).build(),
            employee(2, "Éloïse", "Dupont").build(),
            employee(3, "Eloise", "Martin").dtContractEnd(LocalDate.of(2025, 1, 1)).build(),
            employee(4, "emma", "Dupont").build());

    private static List<Integer> ids(String orderBy) {
        return UserOrder.parse(orderBy).sort(IN_ID_ORDER).stream().map(Employee::id).toList();
    }

    @Test
    void defaultsToAscendingId() {
        assertThat(UserOrder.parse(null)).isEqualTo(UserOrder.DEFAULT);
        assertThat(ids(null)).containsExactly(1, 2, 3, 4);
        assertThat(ids("id,asc")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void sortsDescending() {
        assertThat(ids("id,desc")).containsExactly(4, 3, 2, 1);
    }

    @Test
    void sortsTextIgnoringAccentsAndCaseWithIdBreakingTies() {
        assertThat(ids("firstName,asc")).containsExactly(2, 3, 4, 1);
        assertThat(ids("lastName,asc")).containsExactly(2, 4, 1, 3);
    }

    @Test
    void appliesSeveralKeysInTurn() {
        assertThat(ids("lastName,asc,firstName,desc")).containsExactly(4, 2, 1, 3);
    }

    @Test
    void missingValuesComeFirstAscendingAndLastDescending() {
        assertThat(ids("dtContractEnd,asc")).containsExactly(2, 4, 3, 1);
        assertThat(ids("dtContractEnd,DESC")).containsExactly(1, 3, 2, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "id,up", "salary,asc", "id,asc,name", "", "id,asc,id,desc", ",asc"})
    void refusesMalformedOrderBy(String text) {
        assertThatThrownBy(() -> UserOrder.parse(text))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Invalid orderBy");
    }
}
