package dev.luccaokta.sandbox.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldSelectionTest {

    @Test
    void readsAFlatList() {
        FieldSelection selection = FieldSelection.parse("id,name,mail");

        assertThat(selection.fields()).extracting(FieldSelection.Field::name).containsExactly("id", "name", "mail");
        assertThat(selection.fields()).allSatisfy(field -> assertThat(field.children().isEmpty()).isTrue());
    }

    @Test
    void readsNestedBracketsAtAnyDepth() {
        FieldSelection selection = FieldSelection.parse("id,manager[id,name],extendedData[e_a[x,y],e_b],mail");

        assertThat(selection.fields()).extracting(FieldSelection.Field::name)
                .containsExactly("id", "manager", "extendedData", "mail");
        assertThat(selection.find("manager").orElseThrow().children().toString()).isEqualTo("id,name");
        FieldSelection extended = selection.find("extendedData").orElseThrow().children();
        assertThat(extended.find("e_a").orElseThrow().children().toString()).isEqualTo("x,y");
        assertThat(selection.toString()).isEqualTo("id,manager[id,name],extendedData[e_a[x,y],e_b],mail");
    }

    @Test
    void keepsDottedNamesSuchAsCollectionCountAndCanDropThem() {
        FieldSelection selection = FieldSelection.parse("id,collection.count");

        assertThat(selection.find("collection.count")).isPresent();
        assertThat(selection.without("collection.count").toString()).isEqualTo("id");
    }

    @Test
    void toleratesSpacesAroundNames() {
        assertThat(FieldSelection.parse(" id , manager[ id ,name ] ").toString()).isEqualTo("id,manager[id,name]");
    }

    @Test
    void missingOrBlankMeansTheDefaultFields() {
        assertThat(FieldSelection.parse(null).isEmpty()).isTrue();
        assertThat(FieldSelection.parse("  ").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id,,name", "id,", ",id", "manager[id", "manager[]", "manager]id", "id]",
            "manager[id]name", "na-me", "id;name", "a[b[c]"})
    void refusesMalformedSelections(String text) {
        assertThatThrownBy(() -> FieldSelection.parse(text))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Invalid fields");
    }

    @Test
    void refusesAFieldSelectedTwiceAtTheSameLevel() {
        assertThatThrownBy(() -> FieldSelection.parse("id,name,id"))
                .isInstanceOf(QueryException.class).hasMessageContaining("'id' is selected twice");
        assertThat(FieldSelection.parse("id,manager[id]").find("manager")).isPresent();
    }
}
