package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://proxy.example/lucca-okta/api/";

    @Test
    void theTreeComesBackAsTheSnapshotWasGivenIt() {
        ObjectNode user = user();

        assertThat(WireJson.of(WireJson.render(user)).tree()).isEqualTo(user);
    }

    @Test
    void goingOutTheLocationAndEveryReferenceStartWithTheRequestsBaseUrl() throws IOException {
        ObjectNode expected = user();
        expected.with("meta").put("location", BASE + "Users/42");
        expected.with(ScimNames.ENTERPRISE_SCHEMA).with("manager").put("$ref", BASE + "Users/9");

        assertThat(written(user(), BASE)).isEqualTo(expected);
    }

    @Test
    void valuesThatLookLikeReferencesAreLeftAsTheyAre() throws IOException {
        ObjectNode user = user().put("userName", "Users/1").put("title", "\"$ref\":\"Users/2\"");
        user.putObject("location").put("$ref", "not a reference of ours");
        user.with("meta").put("location", "stale");

        JsonNode out = written(user, BASE);

        assertThat(out.path("userName").asText()).isEqualTo("Users/1");
        assertThat(out.path("title").asText()).isEqualTo("\"$ref\":\"Users/2\"");
        assertThat(out.path("meta").path("location").asText()).isEqualTo(BASE + "Users/42");
        // Every $ref is relative in a snapshot, wherever it is.
        assertThat(out.path("location").path("$ref").asText()).isEqualTo(BASE + "not a reference of ours");
    }

    @Test
    void decimalsGoOutAsTheTreeReadBackHoldsThem() throws IOException {
        ObjectNode user = user();
        user.with(ScimNames.ENTERPRISE_SCHEMA).put("theoreticalCompensation", new BigDecimal("32300.00"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WireJson.of(WireJson.render(user)).writeTo(out, WireJson.base(BASE));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"theoreticalCompensation\":32300.0}")
                .doesNotContain("32300.00");
    }

    @Test
    void aBaseUrlIsEscapedAsJsonAndGivenItsSlash() throws IOException {
        String odd = "https://h\u00e9te.example/a\"b\\c";

        JsonNode out = written(user(), new String(WireJson.base(odd), StandardCharsets.UTF_8));

        assertThat(out.path("meta").path("location").asText()).isEqualTo(odd + "/Users/42");
    }

    @Test
    void groupsAreLocatedInTheirOwnCollectionAndCanBeLeftOpen() throws IOException {
        ObjectNode group = ScimNodeFactory.object().put("id", "LUCCA_DEPT_3").put("displayName", "Sales");
        group.putObject("meta").put("resourceType", ScimNames.GROUP);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WireJson.of(WireJson.render(group)).writeOpenTo(out, WireJson.base(BASE));
        out.write("}".getBytes(StandardCharsets.UTF_8));

        assertThat(JSON.readTree(out.toByteArray()).path("meta").path("location").asText()).isEqualTo(BASE + "Groups/LUCCA_DEPT_3");
    }

    private static JsonNode written(ObjectNode user, String base) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireJson.of(WireJson.render(user)).writeTo(out, base.getBytes(StandardCharsets.UTF_8));
        return JSON.readTree(out.toByteArray());
    }

    private static ObjectNode user() {
        ObjectNode user = ScimNodeFactory.object();
        user.putArray("schemas").add(ScimNames.USER_SCHEMA).add(ScimNames.ENTERPRISE_SCHEMA);
        user.put("id", "42").put("userName", "ada.lovelace").put("active", true);
        user.putObject("name").put("givenName", "Ada").put("familyName", "Lovelace");
        user.putObject(ScimNames.ENTERPRISE_SCHEMA).putObject("manager").put("value", "9").put("$ref", "Users/9")
                .put("displayName", "Charles Babbage");
        user.putObject("meta").put("resourceType", ScimNames.USER).put("version", "W/\"abc\"");
        return user;
    }
}
