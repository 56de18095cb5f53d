package dev.luccaokta.sandbox.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfAHundred() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(1, 100));
    }

    @Test
    void locatesPagesAndTellsWhetherMoreFollow() {
        PageRequest third = PageRequest.parse("3", "4");

        assertThat(third.offset()).isEqualTo(8);
        assertThat(third.hasNext(12)).isFalse();
        assertThat(third.hasNext(13)).isTrue();
    }

    @Test
    void refusesPageZeroAndLimitsOutOfRange() {
        assertThatThrownBy(() -> PageRequest.parse("0", "10")).isInstanceOf(QueryException.class)
                .hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> PageRequest.parse("1", "101")).isInstanceOf(QueryException.class)
                .hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> PageRequest.parse("one", "10")).isInstanceOf(QueryException.class)
                .hasMessageContaining("whole number");
    }
}
