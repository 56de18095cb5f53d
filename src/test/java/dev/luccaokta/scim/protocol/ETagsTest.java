package dev.luccaokta.scim.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    private final String tag = "W/\"kXTyXyHp5Ek3y8yqGgM0Lw\"";

    /** In each header, Q stands for the tag's quoted part: {@code "…"} names it strongly, {@code W/"…"} weakly. */
    @ParameterizedTest
    @ValueSource(strings = {"*", " * ", "Q", "W/Q", "\"other\", Q", "W/\"other\",W/Q", "\"a,b\" , Q "})
    void matchesHeadersNamingTheTagWeakly(String header) {
        assertThat(ETags.matches(header.replace("Q", quoted()), tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"other\"", "W/\"other\", \"another\"", "CUT", "garbage Q", "\"unclosed", "W/"})
    void doesNotMatchOtherTagsOrMalformedHeaders(String header) {
        String cut = quoted().substring(0, quoted().length() - 3) + "\"";
        assertThat(ETags.matches(header.replace("CUT", cut).replace("Q", quoted()), tag)).isFalse();
    }

    private String quoted() {
        return tag.substring(2);
    }

    @Test
    void anAbsentHeaderMatchesNothing() {
        assertThat(ETags.matches(null, tag)).isFalse();
    }
}
