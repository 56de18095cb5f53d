package dev.luccaokta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogLineTest {

    @Test
    void plainValuesStayBareAndMissingOnesAreLeftOut() {
        assertThat(LogLine.of("request", "id", "abc", "status", 200, "tenant", null))
                .isEqualTo("request id=abc status=200");
    }

    @Test
    void aValueWithSpacesQuotesOrEqualsIsQuotedSoItCannotForgeAField() {
        assertThat(LogLine.of("request", "path", "/a b\" status=200")).isEqualTo("request path=\"/a b\\\" status=200\"");
        assertThat(LogLine.of("request", "path", "a=b")).isEqualTo("request path=\"a=b\"");
    }

    @Test
    void controlCharactersAreDroppedSoALineStaysOneLine() {
        assertThat(LogLine.of("request", "path", "/x\r\nwrite id=forged")).isEqualTo("request path=\"/xwrite id=forged\"");
    }

    @Test
    void longValuesAreCut() {
        assertThat(LogLine.of("request", "path", "x".repeat(500))).hasSize("request path=".length() + 200);
    }

    @Test
    void fieldsComeInPairs() {
        assertThatThrownBy(() -> LogLine.of("request", "id")).isInstanceOf(IllegalArgumentException.class);
    }
}
