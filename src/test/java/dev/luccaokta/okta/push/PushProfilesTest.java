package dev.luccaokta.okta.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.okta.OktaProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushProfilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode user(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void aScimUserBecomesStringsUnderOktasNamesWithoutArraysOrWhatOktaSetsItself() throws Exception {
        OktaProfile profile = PushProfiles.of(user("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"4711","externalId":"x",
                 "userName":"jane.doe@acme.fr","active":true,"title":"Engineer","displayName":"Jane Doe",
                 "name":{"givenName":"Jane","familyName":"Doe"},
                 "emails":[{"value":"jane@home.example","type":"home"},{"value":"jane.doe@acme.fr","type":"work","primary":true}],
                 "phoneNumbers":[{"value":"+33 6 00","type":"mobile"},{"value":"+33 1 00","type":"work"}],
                 "roles":[{"value":"admin"}],"meta":{"resourceType":"User","lastModified":"2026-12-01T10:00:00Z"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"024967",
                   "department":"R&D","manager":{"value":"12","displayName":"Ada Lovelace"}}}
                """));

        assertThat(profile.externalId()).isEqualTo("4711");
        assertThat(profile.attributes()).containsEntry("userName", "jane.doe@acme.fr")
                .containsEntry("email", "jane.doe@acme.fr").containsEntry("secondEmail", "jane@home.example")
                .containsEntry("firstName", "Jane").containsEntry("lastName", "Doe")
                .containsEntry("mobilePhone", "+33 6 00").containsEntry("workPhone", "+33 1 00")
                .containsEntry("active", "true").containsEntry("title", "Engineer")
                .containsEntry("employeeNumber", "024967").containsEntry("department", "R&D")
                .containsEntry("managerId", "12").containsEntry("managerDisplayName", "Ada Lovelace")
                .doesNotContainKeys("schemas", "id", "externalId", "meta", "roles", "emails", "name");
    }

    @Test
    void withoutAWorkMailTheUserNameServesWhenItIsAnAddressAndOtherwiseTheProfileIsRefused() throws Exception {
        assertThat(PushProfiles.of(user("""
                {"id":"1","userName":"ada@acme.fr","name":{"givenName":"Ada"}}""")).attributes())
                .containsEntry("email", "ada@acme.fr");
        assertThatThrownBy(() -> PushProfiles.of(user("""
                {"id":"2","userName":"grace.hopper"}"""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email").hasMessageNotContaining("grace");
    }

    @Test
    void theHashDependsOnWhatTheProfileSaysNotOnTheOrderOfItsAttributes() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("userName", "a@b.fr");
        one.put("email", "a@b.fr");
        one.put("title", null);
        Map<String, String> other = new LinkedHashMap<>();
        other.put("title", null);
        other.put("email", "a@b.fr");
        other.put("userName", "a@b.fr");

        String hash = PushProfiles.hash(new OktaProfile("1", one));

        assertThat(hash).hasSize(64).isEqualTo(PushProfiles.hash(new OktaProfile("1", other)));
        other.put("title", "");
        assertThat(PushProfiles.hash(new OktaProfile("1", other))).as("a null and an empty title differ").isNotEqualTo(hash);
        assertThat(PushProfiles.hash(new OktaProfile("2", one))).as("another person").isNotEqualTo(hash);
    }
}
