package dev.luccaokta.sandbox.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiFoldingTest {

    @Test
    void loginPartsDropAccentsApostrophesAndSpacesButKeepHyphens() {
        assertThat(AsciiFolding.loginPart("Éloïse")).isEqualTo("eloise");
        assertThat(AsciiFolding.loginPart("O'Connor")).isEqualTo("oconnor");
        assertThat(AsciiFolding.loginPart("Núñez-Vidal")).isEqualTo("nunez-vidal");
        assertThat(AsciiFolding.loginPart("Van den Berg")).isEqualTo("vandenberg");
        assertThat(AsciiFolding.loginPart("Ødegaard")).isEqualTo("odegaard");
        assertThat(AsciiFolding.loginPart("Łukasiewicz")).isEqualTo("lukasiewicz");
    }

    @Test
    void sortKeysIgnoreAccentsAndCaseButKeepSpaces() {
        assertThat(AsciiFolding.sortKey("Éloïse")).isEqualTo("eloise");
        assertThat(AsciiFolding.sortKey("Da Silva")).isEqualTo("da silva");
        assertThat(AsciiFolding.sortKey("Élodie").compareTo(AsciiFolding.sortKey("Emma"))).isNegative();
    }
}
