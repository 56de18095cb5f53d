package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscoveryDocumentsTest {

    private static final String BASE = "https://connector.example/scim/v2";
    private static final List<CustomAttribute> CUSTOM = List.of(
            CustomAttribute.of("dtContractStart", Type.STRING, false, Mutability.READ_ONLY, "Contract start"),
            CustomAttribute.of("e_bloodType", Type.STRING, false, Mutability.READ_WRITE, "Blood type"),
            CustomAttribute.of("hiredAt", Type.DATETIME, false, Mutability.READ_ONLY, "Hiring instant"),
            CustomAttribute.of("remote", Type.BOOLEAN, false, Mutability.READ_WRITE, "Works remotely"),
            CustomAttribute.of("fte", Type.DECIMAL, false, Mutability.READ_ONLY, "Full-time equivalent"),
            CustomAttribute.of("badges", Type.INTEGER, true, Mutability.READ_ONLY, "Badge numbers"),
            CustomAttribute.of("csp", Type.COMPLEX, false, Mutability.READ_ONLY, "Socio-professional category")
                    .withSubAttributes(List.of(
                            CustomAttribute.of("id", Type.STRING, false, Mutability.READ_ONLY, "Category id"),
                            CustomAttribute.of("name", Type.STRING, false, Mutability.READ_ONLY, "Category name"))));

    private final DiscoveryDocuments discovery = DiscoveryDocuments.of(URI.create(BASE + "/"), 1000, CUSTOM);

    @Test
    void advertisesTheServiceProviderFeatures() {
        ObjectNode config = discovery.serviceProviderConfig();

        assertThat(config.get("schemas").get(0).asText())
                .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        assertThat(config.get("patch").get("supported").asBoolean()).isTrue();
        assertThat(config.get("bulk").get("supported").asBoolean()).isFalse();
        assertThat(config.get("filter")).hasToString("{\"supported\":true,\"maxResults\":1000}");
        assertThat(config.get("changePassword").get("supported").asBoolean()).isFalse();
        assertThat(config.get("sort").get("supported").asBoolean()).isTrue();
        assertThat(config.get("etag").get("supported").asBoolean()).isTrue();
        JsonNode scheme = config.get("authenticationSchemes").get(0);
        assertThat(scheme.get("type").asText()).isEqualTo("oauthbearertoken");
        assertThat(scheme.get("name").asText()).isEqualTo("Bearer token");
        assertThat(scheme.get("primary").asBoolean()).isTrue();
        assertThat(config.get("meta")).hasToString("{\"resourceType\":\"ServiceProviderConfig\","
                + "\"location\":\"" + BASE + "/ServiceProviderConfig\"}");
    }

    @Test
    void listsTheUserAndGroupResourceTypes() {
        ObjectNode types = discovery.resourceTypes();

        assertThat(types.get("totalResults").intValue()).isEqualTo(2);
        ObjectNode user = discovery.resourceType("User").orElseThrow();
        assertThat(user.get("endpoint").asText()).isEqualTo("/Users");
        assertThat(user.get("schema").asText()).isEqualTo(TestUsers.CORE);
        assertThat(user.get("schemaExtensions")).hasToString(
                "[{\"schema\":\"" + TestUsers.ENTERPRISE + "\",\"required\":false}]");
        assertThat(user.get("meta").get("location").asText()).isEqualTo(BASE + "/ResourceTypes/User");
        ObjectNode group = discovery.resourceType("Group").orElseThrow();
        assertThat(group.get("endpoint").asText()).isEqualTo("/Groups");
        assertThat(group.path("schemaExtensions")).isEmpty();
        assertThat(discovery.resourceType("Device")).isEmpty();
    }

    @Test
    void describesTheCoreUserAttributesWithTheirMutability() {
        ObjectNode user = discovery.schema(TestUsers.CORE).orElseThrow();

        assertThat(names(user.get("attributes"))).containsExactly("id", "userName", "name", "displayName", "title",
                "emails", "phoneNumbers", "addresses", "preferredLanguage", "locale", "active", "groups", "meta");
        assertThat(attribute(user, "id").get("mutability").asText()).isEqualTo("readOnly");
        JsonNode userName = attribute(user, "userName");
        assertThat(userName.get("mutability").asText()).isEqualTo("readWrite");
        assertThat(userName.get("required").asBoolean()).isTrue();
        assertThat(userName.get("caseExact").asBoolean()).isFalse();
        assertThat(userName.get("uniqueness").asText()).isEqualTo("server");
        for (String readOnly : List.of("displayName", "active", "groups", "meta")) {
            assertThat(attribute(user, readOnly).get("mutability").asText()).as(readOnly).isEqualTo("readOnly");
        }
        for (String readWrite : List.of("name", "title", "emails", "phoneNumbers", "addresses", "preferredLanguage",
                "locale")) {
            assertThat(attribute(user, readWrite).get("mutability").asText()).as(readWrite).isEqualTo("readWrite");
        }
        assertThat(names(attribute(user, "name").get("subAttributes")))
                .containsExactly("formatted", "familyName", "givenName");
        assertThat(attribute(user, "emails").get("multiValued").asBoolean()).isTrue();
        assertThat(names(attribute(user, "emails").get("subAttributes"))).containsExactly("value", "type", "primary");
        assertThat(attribute(user, "active").get("type").asText()).isEqualTo("boolean");
        assertThat(user.get("meta").get("location").asText()).isEqualTo(BASE + "/Schemas/" + TestUsers.CORE);
    }

    @Test
    void describesTheGroupAttributes() {
        ObjectNode group = discovery.schema("urn:ietf:params:scim:schemas:core:2.0:Group").orElseThrow();

        assertThat(names(group.get("attributes"))).containsExactly("id", "displayName", "members", "meta");
        assertThat(names(attribute(group, "members").get("subAttributes"))).containsExactly("value", "$ref", "display");
    }

    @Test
    void describesTheEnterpriseExtensionWithTheCustomAttributes() {
        ObjectNode enterprise = discovery.schema(TestUsers.ENTERPRISE).orElseThrow();

        assertThat(names(enterprise.get("attributes"))).containsExactly("employeeNumber", "department",
                "organization", "division", "manager", "dtContractStart", "e_bloodType", "hiredAt", "remote", "fte",
                "badges", "csp");
        assertThat(attribute(enterprise, "employeeNumber").get("mutability").asText()).isEqualTo("readWrite");
        for (String readOnly : List.of("department", "organization", "division", "manager")) {
            assertThat(attribute(enterprise, readOnly).get("mutability").asText()).as(readOnly).isEqualTo("readOnly");
        }
        assertThat(names(attribute(enterprise, "manager").get("subAttributes")))
                .containsExactly("value", "$ref", "displayName");
        assertThat(List.of("dtContractStart", "e_bloodType", "hiredAt", "remote", "fte", "badges", "csp"))
                .extracting(name -> attribute(enterprise, name).get("type").asText())
                .containsExactly("string", "string", "dateTime", "boolean", "decimal", "integer", "complex");
        assertThat(attribute(enterprise, "e_bloodType").get("mutability").asText()).isEqualTo("readWrite");
        assertThat(attribute(enterprise, "badges").get("multiValued").asBoolean()).isTrue();
        assertThat(attribute(enterprise, "hiredAt").get("description").asText()).isEqualTo("Hiring instant");
        assertThat(names(attribute(enterprise, "csp").get("subAttributes"))).containsExactly("id", "name");
    }

    @Test
    void listsTheThreeSchemas() {
        ObjectNode schemas = discovery.schemas();

        assertThat(schemas.get("totalResults").intValue()).isEqualTo(3);
        assertThat(schemas.get("Resources")).extracting(schema -> schema.get("id").asText())
                .containsExactly(TestUsers.CORE, "urn:ietf:params:scim:schemas:core:2.0:Group", TestUsers.ENTERPRISE);
        assertThat(discovery.schema("urn:unknown")).isEmpty();
    }

    @Test
    void returnsCopiesTheCallerMayChange() {
        discovery.schema(TestUsers.CORE).orElseThrow().removeAll();
        discovery.serviceProviderConfig().removeAll();
        ((ObjectNode) discovery.schemas().get("Resources").get(0)).removeAll();

        assertThat(discovery.schema(TestUsers.CORE).orElseThrow().get("attributes")).isNotEmpty();
        assertThat(discovery.serviceProviderConfig().has("patch")).isTrue();
        assertThat(discovery.schemas().get("Resources").get(0).has("attributes")).isTrue();
    }

    @Test
    void refusesCustomAttributesThatClashOrAreMisnamed() {
        CustomAttribute department = CustomAttribute.of("Department", Type.STRING, false, Mutability.READ_ONLY, "x");
        CustomAttribute twice = CustomAttribute.of("csp", Type.STRING, false, Mutability.READ_ONLY, "x");

        assertThatThrownBy(() -> DiscoveryDocuments.of(URI.create(BASE), 10, List.of(department)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Department");
        assertThatThrownBy(() -> DiscoveryDocuments.of(URI.create(BASE), 10, List.of(twice, twice)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomAttribute.of("2fa", Type.STRING, false, Mutability.READ_ONLY, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomAttribute.of("a b", Type.STRING, false, Mutability.READ_ONLY, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twice.withSubAttributes(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode attribute(JsonNode schema, String name) {
        return StreamSupport.stream(schema.get("attributes").spliterator(), false)
                .filter(attribute -> attribute.get("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode attributes) {
        return StreamSupport.stream(attributes.spliterator(), false).map(a -> a.get("name").asText()).toList();
    }
}
