package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.CaseIgnoreObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScimNodesTest {

    @Test
    void convertsEveryObjectOfAPlainTree() {
        ObjectNode plain = TestUsers.jane();

        ObjectNode converted = ScimNodes.caseIgnoring(plain);

        // Jackson's equals tells the two map kinds apart, so contents compare as text.
        assertThat(converted).hasToString(plain.toString()).isInstanceOf(CaseIgnoreObjectNode.class);
        assertThat(converted.get("emails").get(0)).isInstanceOf(CaseIgnoreObjectNode.class);
        assertThat(converted.get(TestUsers.ENTERPRISE).get("MANAGER").get("VALUE").asText()).isEqualTo("7");
        assertThat(plain.get("NAME")).isNull();
    }

    @Test
    void returnsAConvertedTreeAsItIs() {
        ObjectNode converted = ScimNodes.caseIgnoring(TestUsers.jane());

        assertThat(ScimNodes.caseIgnoring(converted)).isSameAs(converted);
    }

    @Test
    void convertsATreeWithOnePlainObjectDeepInside() {
        ObjectNode mixed = ScimNodes.caseIgnoring(TestUsers.jane());
        mixed.withArrayProperty("emails").add(TestUsers.jane().get("name"));

        ObjectNode converted = ScimNodes.caseIgnoring(mixed);

        assertThat(converted).isNotSameAs(mixed).hasToString(mixed.toString());
        assertThat(converted.get("emails").get(2)).isInstanceOf(CaseIgnoreObjectNode.class);
    }
}
