package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    private final ObjectNode jane = TestUsers.jane();
    private final String tag = ETags.of(jane);

    @Test
    void isAWeakQuotedTag() {
        assertThat(tag).matches("W/\"[A-Za-z0-9_-]{22}\"");
    }

    @Test
    void dependsOnContentNotOnFieldOrderNodeKindOrVersion() {
        ObjectNode reordered = JsonNodeFactory.instance.objectNode();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(jane.properties());
        Collections.reverse(fields);
        fields.forEach(field -> reordered.set(field.getKey(), field.getValue()));
        ObjectNode versioned = jane.deepCopy();
        versioned.withObjectProperty("meta").put("version", "W/\"old\"");

        assertThat(ETags.of(reordered)).isEqualTo(tag);
        assertThat(ETags.of(ScimNodes.caseIgnoring(jane))).isEqualTo(tag);
        assertThat(ETags.of(versioned)).isEqualTo(tag);
        assertThat(ETags.of(TestUsers.jane())).isEqualTo(tag);
    }

    @Test
    void changesWithAnyValue() {
        ObjectNode renamed = jane.deepCopy();
        renamed.withObjectProperty("name").put("givenName", "Janet");
        ObjectNode moved = jane.deepCopy();
        moved.withObjectProperty(TestUsers.ENTERPRISE).put("department", "R&D");

        assertThat(ETags.of(renamed)).isNotEqualTo(tag);
        assertThat(ETags.of(moved)).isNotEqualTo(tag).isNotEqualTo(ETags.of(renamed));
    }

    @Test
    void stampsTheVersionOnACopy() {
        ObjectNode before = jane.deepCopy();

        ObjectNode versioned = ETags.withVersion(jane);

        assertThat(versioned.get("meta").get("version").asText()).isEqualTo(tag);
        assertThat(ETags.of(versioned)).isEqualTo(tag);
        assertThat(jane).isEqualTo(before);
        assertThat(ETags.withVersion(JsonNodeFactory.instance.objectNode().put("id", "1")).get("meta").has("version"))
                .isTrue();
    }

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
