package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.utils.CaseIgnoreObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryResourceIndexTest {

    private final ObjectNode jane = TestUsers.jane();
    private final List<ObjectNode> generated = TestUsers.generate(2, 5);
    private final List<ObjectNode> users = List.of(generated.get(0), jane, generated.get(1));
    private final InMemoryResourceIndex index =
            InMemoryResourceIndex.of(users, "id", "userName", "emails.value", TestUsers.ENTERPRISE + ":employeeNumber");

    @Test
    void keepsTheGivenOrder() {
        assertThat(TestUsers.ids(index.all())).containsExactly("u0", "42", "u1");
    }

    @Test
    void findsByExactId() {
        assertThat(index.byId("42")).map(user -> user.get("userName").asText()).contains("Jane.Doe@Example.com");
        assertThat(index.byId("u9")).isEmpty();
    }

    @Test
    void findsIndexedValuesIgnoringCase() throws BadRequestException {
        assertThat(ids(Path.fromString("USERNAME"), "jane.doe@EXAMPLE.com")).containsExactly("42");
        assertThat(ids(Path.fromString("emails.value"), "JANE@HOME.ORG")).containsExactly("42");
        assertThat(ids(Path.fromString(TestUsers.ENTERPRISE.toLowerCase() + ":EMPLOYEENUMBER"), "e042"))
                .containsExactly("42");
        assertThat(ids(Path.fromString("userName"), "nobody")).isEmpty();
    }

    @Test
    void listsAResourceOnceEvenWhenSeveralOfItsValuesMatch() throws BadRequestException {
        ObjectNode twice = TestUsers.jane().put("id", "43");
        twice.withArrayProperty("emails").addObject().put("value", "JANE.DOE@example.com");

        InMemoryResourceIndex withTwice = InMemoryResourceIndex.of(List.of(twice, jane), "emails.value");

        assertThat(withTwice.equalTo(Path.fromString("emails.value"), "jane.doe@example.com").orElseThrow())
                .containsExactly(0, 1);
        assertThat(TestUsers.ids(withTwice.all())).containsExactly("43", "42");
    }

    @Test
    void answersEmptyForAttributesItDoesNotIndex() throws BadRequestException {
        assertThat(index.equalTo(Path.fromString("title"), "Engineer")).isEmpty();
    }

    @Test
    void holdsCaseIgnoringCopiesAndLeavesTheInputAlone() {
        ObjectNode before = jane.deepCopy();

        assertThat(index.all()).allSatisfy(user -> assertThat(user).isInstanceOf(CaseIgnoreObjectNode.class));
        assertThat(index.all().get(1).get("NAME").get("GIVENNAME").asText()).isEqualTo("Jane");
        assertThat(jane).isEqualTo(before).isNotInstanceOf(CaseIgnoreObjectNode.class);
    }

    @Test
    void refusesMalformedAttributePaths() {
        assertThatThrownBy(() -> InMemoryResourceIndex.of(users, "emails..value"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emails..value");
    }

    private List<String> ids(Path attribute, String value) {
        return Arrays.stream(index.equalTo(attribute, value).orElseThrow()).mapToObj(index.all()::get)
                .map(user -> user.get("id").asText()).toList();
    }
}
