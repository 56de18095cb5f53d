package dev.luccaokta.sandbox.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserQueryTest {

    private static UserQuery parse(Map<String, List<String>> parameters) {
        return UserQuery.parse(new QueryParameters(parameters));
    }

    @Test
    void withoutParametersAsksForTheFirstThousandInIdOrderWithoutCount() {
        UserQuery query = parse(Map.of());

        assertThat(query.itemFields().isEmpty()).isTrue();
        assertThat(query.withCount()).isFalse();
        assertThat(query.paging()).isEqualTo(Paging.DEFAULT);
        assertThat(query.order()).isEqualTo(UserOrder.DEFAULT);
        assertThat(query.filters()).isEmpty();
        assertThat(query.formerEmployees()).isFalse();
    }

    @Test
    void separatesCollectionCountFromTheItemFields() {
        UserQuery query = parse(Map.of("fields", List.of("id,manager[name],collection.count")));

        assertThat(query.withCount()).isTrue();
        assertThat(query.itemFields().toString()).isEqualTo("id,manager[name]");
    }

    @Test
    void collectionCountTakesNoSubFields() {
        assertThatThrownBy(() -> parse(Map.of("fields", List.of("collection.count[x]"))))
                .isInstanceOf(QueryException.class).hasMessageContaining("collection.count has no sub-fields");
    }

    @Test
    void repeatedFiltersAllApply() {
        UserQuery query = parse(Map.of("dtContractStart", List.of("since,2020-01-01", "until,2021-01-01"),
                "mail", List.of("a@example.com")));

        assertThat(query.filters()).hasSize(3);
    }

    @Test
    void refusesUnknownAndRepeatedSingleParameters() {
        assertThatThrownBy(() -> parse(Map.of("departmentId", List.of("3"))))
                .isInstanceOf(QueryException.class).hasMessageContaining("Unknown query parameter 'departmentId'");
        assertThatThrownBy(() -> parse(Map.of("paging", List.of("0,10", "10,10"))))
                .isInstanceOf(QueryException.class).hasMessageContaining("'paging' is given 2 times");
    }

    @Test
    void formerEmployeesIsABoolean() {
        assertThat(parse(Map.of("formerEmployees", List.of("TRUE"))).formerEmployees()).isTrue();
        assertThatThrownBy(() -> parse(Map.of("formerEmployees", List.of("yes"))))
                .isInstanceOf(QueryException.class).hasMessageContaining("must be true or false");
    }

    @Test
    void aContractEndFilterBringsFormerEmployeesIn() {
        assertThat(parse(Map.of()).includesFormerEmployees()).isFalse();
        assertThat(parse(Map.of("formerEmployees", List.of("true"))).includesFormerEmployees()).isTrue();
        assertThat(parse(Map.of("dtContractEnd", List.of("notequal,null"))).includesFormerEmployees()).isTrue();
        assertThat(parse(Map.of("dtContractStart", List.of("notequal,null"))).includesFormerEmployees()).isFalse();
    }
}
