package dev.luccaokta.sandbox.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void defaultsToTheFirstThousand() {
        assertThat(Paging.parse(null)).isEqualTo(new Paging(0, 1000));
    }

    @Test
    void readsOffsetAndLimit() {
        assertThat(Paging.parse("200,50")).isEqualTo(new Paging(200, 50));
        assertThat(Paging.parse("0,1000")).isEqualTo(new Paging(0, 1000));
        assertThat(Paging.parse("5,0")).isEqualTo(new Paging(5, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1001", "-1,10", "0,-5", "a,10", "0,ten", "10", "0,10,20", "", ",", "0.5,10",
            "99999999999,1"})
    void refusesMalformedOrOutOfRangePaging(String text) {
        assertThatThrownBy(() -> Paging.parse(text))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Invalid paging");
    }
}
