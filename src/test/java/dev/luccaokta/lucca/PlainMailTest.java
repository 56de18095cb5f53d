package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainMailTest {

    @Test
    void oneAddressIsPlain() {
        assertThat(PlainMail.isPlain("clement.vandamme@sandbox-industries.example")).isTrue();
        assertThat(PlainMail.isPlain("Anne-Marie.O'Neil+okta@acme.co.uk")).isTrue();
    }

    @Test
    void listsOperatorsAndOddValuesNeverReachLuccasFilter() {
        assertThat(PlainMail.isPlain("manon@acme.example,clement@acme.example")).isFalse();
        assertThat(PlainMail.isPlain("notequal,nobody@acme.example")).isFalse();
        assertThat(PlainMail.isPlain("like,@acme.example")).isFalse();
        assertThat(PlainMail.isPlain("null")).isFalse();
        assertThat(PlainMail.isPlain("manon@acme.example&mail=clement@acme.example")).isFalse();
        assertThat(PlainMail.isPlain("manon @acme.example")).isFalse();
        assertThat(PlainMail.isPlain("manon@acme")).isFalse();
        assertThat(PlainMail.isPlain("")).isFalse();
        assertThat(PlainMail.isPlain(null)).isFalse();
        assertThat(PlainMail.isPlain("a".repeat(60) + "@" + "b".repeat(190) + ".example")).isFalse();
    }
}
