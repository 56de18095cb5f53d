package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeProjectionTest {

    private static final String EXT = TestUsers.ENTERPRISE;

    private final ObjectNode jane = TestUsers.jane();

    @Test
    void keepsTheRequestedAttributesAndThoseAlwaysReturned() throws BadRequestException {
        ObjectNode projected = include("userName,title");

        assertThat(names(projected)).containsExactly("schemas", "id", "userName", "meta", "title");
        assertThat(projected.get("meta")).isEqualTo(jane.get("meta"));
    }

    @Test
    void keepsSubAttributes() throws BadRequestException {
        ObjectNode projected = include("name.givenName,emails.value");

        assertThat(projected.get("name")).hasToString("{\"givenName\":\"Jane\"}");
        assertThat(projected.get("emails"))
                .hasToString("[{\"value\":\"jane.doe@example.com\"},{\"value\":\"jane@home.org\"}]");
    }

    @Test
    void keepsWholeComplexAttributes() throws BadRequestException {
        assertThat(include("name").get("name")).isEqualTo(jane.get("name"));
        assertThat(include("name,name.givenName").get("name")).isEqualTo(jane.get("name"));
    }

    @Test
    void keepsExtensionAttributesByTheirQualifiedName() throws BadRequestException {
        ObjectNode projected = include(EXT + ":employeeNumber," + EXT + ":manager.displayName");

        assertThat(projected.get(EXT))
                .hasToString("{\"employeeNumber\":\"E042\",\"manager\":{\"displayName\":\"Marc Bernard\"}}");
        assertThat(names(projected)).containsExactly("schemas", "id", "meta", EXT);
    }

    @Test
    void keepsAWholeExtensionByItsUrn() throws BadRequestException {
        assertThat(include(EXT).get(EXT)).isEqualTo(jane.get(EXT));
        assertThat(include(EXT + ":").get(EXT)).isEqualTo(jane.get(EXT));
    }

    @Test
    void readsNamesAndUrnsInAnyCase() throws BadRequestException {
        ObjectNode projected = include("USERNAME,Name.GIVENNAME," + EXT.toLowerCase() + ":EMPLOYEENUMBER");

        assertThat(projected.get("userName").asText()).isEqualTo("Jane.Doe@Example.com");
        assertThat(projected.get("name")).hasToString("{\"givenName\":\"Jane\"}");
        assertThat(projected.get(EXT)).hasToString("{\"employeeNumber\":\"E042\"}");
    }

    @Test
    void acceptsCoreSchemaQualifiedNames() throws BadRequestException {
        assertThat(names(include(TestUsers.CORE + ":userName"))).containsExactly("schemas", "id", "userName", "meta");
    }

    @Test
    void returnsOnlyTheAlwaysReturnedForUnknownOrAbsentAttributes() throws BadRequestException {
        assertThat(names(include("nickName,name.middleName,title.sub"))).containsExactlyElementsOf(
                List.of("schemas", "id", "meta"));
    }

    @Test
    void excludesAttributesSubAttributesAndExtensions() throws BadRequestException {
        ObjectNode projected = AttributeProjection.parse(null,
                "emails,name.givenName,phoneNumbers.type," + EXT + ":manager").apply(jane);

        assertThat(projected.has("emails")).isFalse();
        assertThat(projected.get("name")).hasToString("{\"familyName\":\"Doe\",\"formatted\":\"Jane Doe\"}");
        assertThat(projected.get("phoneNumbers")).hasToString("[{\"value\":\"+33 6 12 34 56 78\"}]");
        assertThat(projected.get(EXT).has("manager")).isFalse();
        assertThat(projected.get(EXT).get("employeeNumber").asText()).isEqualTo("E042");
        assertThat(projected.get("userName")).isEqualTo(jane.get("userName"));
    }

    @Test
    void excludesAWholeExtension() throws BadRequestException {
        assertThat(AttributeProjection.parse(null, EXT.toUpperCase()).apply(jane).has(EXT)).isFalse();
    }

    @Test
    void cannotExcludeWhatIsAlwaysReturned() throws BadRequestException {
        ObjectNode projected = AttributeProjection.parse(null,
                "id,SCHEMAS,meta.version,meta," + TestUsers.CORE + ":id").apply(jane);

        assertThat(projected).isEqualTo(jane);
    }

    @Test
    void neverModifiesTheResourceAndReturnsIndependentCopies() throws BadRequestException {
        ObjectNode before = jane.deepCopy();
        for (AttributeProjection projection : List.of(AttributeProjection.all(),
                AttributeProjection.parse("name,emails", null), AttributeProjection.parse(null, "name.givenName"))) {
            ObjectNode projected = projection.apply(jane);
            projected.withObjectProperty("meta").put("location", "changed");
            projected.withArrayProperty("emails").removeAll();
            projected.withObjectProperty("name").put("givenName", "changed");
        }

        assertThat(jane).isEqualTo(before);
    }

    @Test
    void withoutParametersCopiesEverything() throws BadRequestException {
        assertThat(AttributeProjection.parse(" ", "")).isSameAs(AttributeProjection.all());
        assertThat(AttributeProjection.all().apply(jane)).isEqualTo(jane).isNotSameAs(jane);
    }

    @Test
    void refusesBothListsTogether() {
        assertInvalidValue(() -> AttributeProjection.parse("userName", "emails"), "cannot be given together");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name..givenName", "emails[type eq \"work\"].value", "user name", "a.", ":"})
    void refusesMalformedPaths(String attributes) {
        assertInvalidValue(() -> AttributeProjection.parse(attributes, null), "attributes");
        assertInvalidValue(() -> AttributeProjection.parse(null, attributes), "excludedAttributes");
    }

    @Test
    void refusesHugeLists() {
        assertInvalidValue(() -> AttributeProjection.parse("a,".repeat(3_000), null), "at most 4000");
    }

    private ObjectNode include(String attributes) throws BadRequestException {
        return AttributeProjection.parse(attributes, null).apply(jane);
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static void assertInvalidValue(ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.getScimError().getStatus()).isEqualTo(400);
            assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_VALUE);
            assertThat(e.getScimError().getDetail()).contains(detail);
        });
    }
}
