package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an identity source takes as a user's profile: strings or nulls, a userName and an email. */
class OktaProfileTest {

    @Test
    void aProfileOfStringsAndNullsWithUserNameAndEmailIsTaken() {
        JsonObject json = Json.createObjectBuilder().add("userName", "jane.doe@acme.fr").add("email", "jane.doe@acme.fr")
                .add("department", "R&D").addNull("mobilePhone").build();

        OktaProfile profile = OktaProfile.fromJson("LUCCA-4711", json);

        assertThat(profile.attributes()).containsEntry("department", "R&D").containsEntry("mobilePhone", null);
        assertThat(OktaJson.write(OktaBodies.UserEntry.of(profile))).contains("\"mobilePhone\":null");
    }

    @Test
    void numbersBooleansArraysAndObjectsAreRefusedByName() {
        for (JsonObject json : new JsonObject[] {
                base().add("age", 42).build(), base().add("manager", true).build(),
                base().add("age", Json.createArrayBuilder().add("x")).build(),
                base().add("age", Json.createObjectBuilder()).build()}) {
            assertThatThrownBy(() -> OktaProfile.fromJson("LUCCA-1", json))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age")
                    .hasMessageContaining("strings and nulls only");
        }
    }

    @Test
    void userNameAndEmailAreRequiredAndTheMessageShowsNoValue() {
        assertThatThrownBy(() -> new OktaProfile("LUCCA-1", Map.of("email", "jane@acme.fr")))
                .hasMessageContaining("userName");
        assertThatThrownBy(() -> new OktaProfile("LUCCA-1", Map.of("userName", "jane", "email", "not-an-address")))
                .hasMessageContaining("email").hasMessageNotContaining("not-an-address");
        Map<String, String> nullMail = new HashMap<>(Map.of("userName", "jane"));
        nullMail.put("email", null);
        assertThatThrownBy(() -> new OktaProfile("LUCCA-1", nullMail)).hasMessageContaining("email");
        assertThatThrownBy(() -> new OktaProfile("LUCCA-1", Map.of("userName", "u".repeat(101), "email", "a@b.fr")))
                .hasMessageContaining("userName");
    }

    @Test
    void anExternalIdHasOneTo512CharactersAndNoControlCharacter() {
        Map<String, String> ok = Map.of("userName", "jane", "email", "jane@acme.fr");
        assertThat(new OktaProfile("x".repeat(512), ok).externalId()).hasSize(512);
        for (String bad : new String[] {"", "x".repeat(513), "LUCCA\n1"}) {
            assertThatThrownBy(() -> new OktaProfile(bad, ok)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new OktaProfile(null, ok)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProfileCannotBeChangedOnceChecked() {
        Map<String, String> attributes = new HashMap<>(Map.of("userName", "jane", "email", "jane@acme.fr"));
        OktaProfile profile = new OktaProfile("LUCCA-1", attributes);
        attributes.remove("email");

        assertThat(profile.attributes()).containsKey("email");
        assertThatThrownBy(() -> profile.attributes().put("email", null)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static jakarta.json.JsonObjectBuilder base() {
        return Json.createObjectBuilder().add("userName", "jane").add("email", "jane@acme.fr");
    }
}
