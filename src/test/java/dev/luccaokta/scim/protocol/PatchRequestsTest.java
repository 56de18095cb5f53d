package dev.luccaokta.scim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchRequestsTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static ObjectNode user() throws BadRequestException {
        return RequestBodies.object("""
                {"id":"7","userName":"ana","active":true,
                 "name":{"givenName":"Ana","familyName":"Lima"},"title":"Clerk",
                 "%s":{"employeeNumber":"E7","department":"Sales"}}""".formatted(ENTERPRISE));
    }

    private static ObjectNode patch(String operations) throws ScimException {
        return PatchRequests.parse(RequestBodies.object("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":%s}""".formatted(operations)))
                .apply(user());
    }

    @Test
    void aPathReplacesOneSubAttributeAndKeepsItsSiblings() throws ScimException {
        ObjectNode patched = patch("[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Anna\"}]");

        assertThat(patched.path("name").path("givenName").asText()).isEqualTo("Anna");
        assertThat(patched.path("name").path("familyName").asText()).isEqualTo("Lima");
    }

    @Test
    void oktasPathlessReplaceWithCapitalisedOpAndStringBooleansIsUnderstood() throws ScimException {
        ObjectNode patched = patch("[{\"op\":\"Replace\",\"value\":{\"active\":\"False\",\"title\":\"Lead\"}}]");

        assertThat(patched.path("active").isBoolean()).isTrue();
        assertThat(patched.path("active").asBoolean()).isFalse();
        assertThat(patched.path("title").asText()).isEqualTo("Lead");
        assertThat(patched.path("userName").asText()).isEqualTo("ana");
    }

    @Test
    void pathlessValueKeysMayBePathsIncludingExtensionOnes() throws ScimException {
        ObjectNode patched = patch("""
                [{"op":"replace","value":{"name.familyName":"Silva","%s:employeeNumber":"E8"}}]""".formatted(ENTERPRISE));

        assertThat(patched.path("name").path("familyName").asText()).isEqualTo("Silva");
        assertThat(patched.path("name").path("givenName").asText()).isEqualTo("Ana");
        assertThat(patched.path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("E8");
        assertThat(patched.path(ENTERPRISE).path("department").asText()).isEqualTo("Sales");
    }

    @Test
    void aComplexValueReplacesOnlyTheSubAttributesItNames() throws ScimException {
        ObjectNode patched = patch("[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"givenName\":\"Anna\"}}]");

        assertThat(patched.path("name").path("givenName").asText()).isEqualTo("Anna");
        assertThat(patched.path("name").path("familyName").asText()).isEqualTo("Lima");
    }

    @Test
    void removeTakesTheAttributeAway() throws ScimException {
        ObjectNode patched = patch("[{\"op\":\"remove\",\"path\":\"title\"}]");

        assertThat(patched.has("title")).isFalse();
    }

    @Test
    void malformedRequestsAreRefusedWithTheirScimType() {
        assertThatThrownBy(() -> patch("[{\"op\":\"move\",\"path\":\"title\",\"value\":\"x\"}]"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("add, replace or remove");
        assertThatThrownBy(() -> patch("[{\"op\":\"replace\",\"path\":\"name[\",\"value\":\"x\"}]"))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("invalidPath"));
        assertThatThrownBy(() -> patch("[{\"op\":\"remove\"}]"))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("noTarget"));
        assertThatThrownBy(() -> patch("[]")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PatchRequests.parse(RequestBodies.object("{\"Operations\":[{\"op\":\"remove\",\"path\":\"title\"}]}")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("schemas");
        assertThatThrownBy(() -> RequestBodies.object("{\"a\":1,\"a\":2}")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RequestBodies.object("{\"a\":1} {}")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> RequestBodies.object("[1]")).isInstanceOf(BadRequestException.class);
    }

    /** Found by HostileInputIT: the SDK's refusal reached the client as "…: com.unboundid…BadRequestException: …". */
    @Test
    void theSdksRefusalIsToldInItsOwnWordsWithoutAnExceptionName() {
        for (String operations : List.of("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":{}}]",
                "[{\"op\":\"ADD\",\"value\":{\"displayName\":null}}]",
                "[{\"op\":\"replace\",\"path\":\"members[value eq \\\"1\\\"]\",\"value\":{}}]")) {
            assertThatThrownBy(() -> patch(operations))
                    .as(operations)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.getScimError().getScimType()).isEqualTo("invalidValue");
                        assertThat(e.getScimError().getDetail()).contains("must not be null or an empty object")
                                .doesNotContain("Exception", "com.unboundid");
                    });
        }
    }

    @Test
    void aLongPathIsEchoedShortened() {
        String path = "x".repeat(5_000);

        assertThatThrownBy(() -> patch("[{\"op\":\"replace\",\"path\":\"" + path + "\"}]"))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.getScimError().getDetail()).hasSizeLessThan(300));
    }

    /** Paths, with a path or as the keys of a path-less value, were parsed without the limits of filters. */
    @Test
    void aPathDeeperThanAFilterMayBeIsRefusedBeforeTheSdkParsesIt() {
        String deep = "emails[" + "(".repeat(11) + "type eq \\\"work\\\"" + ")".repeat(11) + "].value";

        for (String operations : List.of("[{\"op\":\"replace\",\"path\":\"" + deep + "\",\"value\":\"x\"}]",
                "[{\"op\":\"replace\",\"value\":{\"" + deep + "\":\"x\"}}]")) {
            assertThatThrownBy(() -> patch(operations)).as(operations)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.getScimError().getScimType()).isEqualTo("invalidPath");
                        assertThat(e.getScimError().getDetail()).contains("deeper than 10 levels");
                    });
        }
    }

    /** Found by ProtocolFuzzTest: a path naming the resource itself made the SDK fail on a scalar value. */
    @Test
    void aPathNamingTheResourceItselfIsThePathlessForm() throws ScimException {
        ObjectNode patched = patch("[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"title\":\"Lead\"}}]");

        assertThat(patched.path("title").asText()).isEqualTo("Lead");
        for (String operations : List.of("[{\"op\":\"replace\",\"path\":\"\",\"value\":\"True\"}]",
                "[{\"op\":\"add\",\"path\":\" \",\"value\":1}]", "[{\"op\":\"replace\",\"value\":{\"\":\"x\"}}]",
                "[{\"op\":\"remove\",\"path\":\"\"}]", "[{\"op\":\"add\",\"path\":\"\\u0000\",\"value\":[]}]")) {
            assertThatThrownBy(() -> patch(operations)).as(operations)
                    .isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.getScimError().getStatus()).isEqualTo(400));
        }
    }
}
