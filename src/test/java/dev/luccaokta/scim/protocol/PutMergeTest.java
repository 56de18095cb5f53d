package dev.luccaokta.scim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import org.junit.jupiter.api.Test;

class PutMergeTest {

    private static final String CURRENT = """
            {"userName":"ana","title":"Clerk",
             "name":{"givenName":"Ana","familyName":"Lima"},
             "phoneNumbers":[{"value":"01","type":"work"},{"value":"06","type":"mobile"}],
             "addresses":[{"formatted":"1 rue de la Paix","type":"work"}]}""";

    private static ObjectNode merge(String requested) throws BadRequestException {
        return PutMerge.merge(RequestBodies.object(CURRENT), RequestBodies.object(requested));
    }

    @Test
    void whatThePutLeavesOutKeepsItsValueAndAnExplicitNullClears() throws BadRequestException {
        ObjectNode merged = merge("{\"name\":{\"givenName\":\"Anna\"},\"title\":null}");

        assertThat(merged.path("name").path("givenName").asText()).isEqualTo("Anna");
        assertThat(merged.path("name").path("familyName").asText()).isEqualTo("Lima");
        assertThat(merged.get("title").isNull()).isTrue();
        assertThat(merged.path("userName").asText()).isEqualTo("ana");
    }

    @Test
    void typedEntriesMergeByTypeSoAnEntryNotSentIsKept() throws BadRequestException {
        ObjectNode merged = merge("""
                {"phoneNumbers":[{"value":"07","type":"mobile"}],
                 "addresses":[{"streetAddress":"1 rue de la Paix","type":"work"}]}""");

        assertThat(merged.path("phoneNumbers").toString()).contains("\"01\"", "\"07\"").doesNotContain("\"06\"");
        assertThat(merged.path("addresses").path(0).path("formatted").asText()).isEqualTo("1 rue de la Paix");
    }
}
