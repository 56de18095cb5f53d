package dev.luccaokta.oktasandbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.testing.MovableClock;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    private static final String SOURCE = "0oaSource";

    private final Directory directory = new Directory(new MovableClock());

    @Test
    void anUpsertReplacesTheWholeProfileAndAPatchMergesIt() {
        directory.upsert(SOURCE, "E-1", Map.of("email", "a@acme.example", "firstName", "Ada"));
        directory.patch(SOURCE, "E-1", Map.of("lastName", "Lovelace"));
        assertThat(directory.user(SOURCE, "E-1").orElseThrow().profile())
                .containsEntry("firstName", "Ada").containsEntry("lastName", "Lovelace");

        OktaUser replaced = directory.upsert(SOURCE, "E-1", Map.of("email", "a@acme.example"));

        assertThat(replaced.profile()).containsEntry("firstName", null).containsEntry("lastName", null);
        assertThat(replaced.appUserId()).startsWith("0ua").hasSize(20);
        assertThat(replaced.userId()).startsWith("00u");
    }

    @Test
    void aDeactivatedUserComesBackWithTheNextUpsertAndEveryChangeIsCounted() {
        String userId = directory.upsert(SOURCE, "E-1", Map.of()).userId();
        assertThat(directory.deactivate(SOURCE, "E-1")).isTrue();
        assertThat(directory.user("E-1").orElseThrow().status()).isEqualTo(UserStatus.DEPROVISIONED);
        assertThat(directory.deactivate(SOURCE, "nobody")).isFalse();

        OktaUser back = directory.upsert(SOURCE, "E-1", Map.of());

        assertThat(back.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(back.userId()).isEqualTo(userId);
        assertThat(directory.counts().upserts()).containsEntry("E-1", 2);
        assertThat(directory.counts().deactivations()).containsEntry("E-1", 1);
    }

    @Test
    void deletingAGroupDropsItsMembers() {
        String id = directory.upsertGroup(SOURCE, "GRP", new GroupProfile("R&D", null)).id();
        directory.addMembers(SOURCE, id, List.of("E-2", "E-1"));
        assertThat(directory.members(SOURCE, "GRP")).contains(List.of("E-1", "E-2"));
        assertThat(directory.deleteGroup(SOURCE, "GRP")).isTrue();
        directory.upsertGroup(SOURCE, "GRP", new GroupProfile("R&D", null));
        assertThat(directory.members(SOURCE, "GRP")).contains(List.of());
    }

    @Test
    void profilesTakeStringsAndNullsOnlyAndNameTheOffendingAttribute() {
        assertThat(Profiles.strings(Json.createObjectBuilder().add("a", "x").addNull("b").build()))
                .containsEntry("a", "x").containsEntry("b", null);
        for (JsonValue value : List.<JsonValue>of(Json.createValue(1), Json.createArrayBuilder().build(), Json.createObjectBuilder().build(),
                JsonValue.TRUE)) {
            assertThatThrownBy(() -> Profiles.strings(Json.createObjectBuilder().add("department", value).build()))
                    .isInstanceOf(OktaApiException.class)
                    .satisfies(e -> assertThat(((OktaApiException) e).causes().get(0)).contains("'department'"));
        }
        assertThatThrownBy(() -> Profiles.identified(Json.createObjectBuilder().add("userName", "u").build()))
                .hasMessageContaining("profile.email");
    }
}
