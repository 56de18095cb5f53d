package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a snapshot serves without building trees, checked against the trees it hands out. */
class SnapshotServingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://okta-proxy.example/lucca-okta/api/";

    private final ScriptedDirectory lucca = new ScriptedDirectory();
    private final TenantView view = TestLucca.tenant(Set.of("jobTitle", "department", "manager"), EnumSet.allOf(GroupType.class),
            UserNameSource.LOGIN);
    private final List<LuccaUser> people = List.of(
            TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(2), null),
            TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(1), null),
            TestLucca.user(3, "Émile", "de l'Épée", TestLucca.TODAY.minusYears(1), null),
            TestLucca.user(4, "Linus", "Dupont", TestLucca.TODAY.minusMonths(3), TestLucca.TODAY.minusDays(3)),
            TestLucca.user(5, "Alan", "DURAND", TestLucca.TODAY.plusDays(5), null),
            TestLucca.user(6, "Barbara", "Liskov", TestLucca.TODAY.minusYears(4), null));

    @Test
    void usersGoOutAsTheirTreesWithTheRequestsBaseUrl() throws IOException {
        DirectorySnapshot snapshot = lucca.read(view, people);

        for (int position = 0; position < snapshot.users().size(); position++) {
            ObjectNode expected = snapshot.users().get(position);
            expected.with("meta").put("location", BASE + "Users/" + expected.path("id").asText());
            if (expected.path(ScimNames.ENTERPRISE_SCHEMA).get("manager") instanceof ObjectNode manager) {
                manager.put("$ref", BASE + manager.path("$ref").asText());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            snapshot.writeUser(position, out, DirectorySnapshot.jsonBase(BASE));

            assertThat(JSON.readTree(out.toByteArray())).isEqualTo(expected);
        }
    }

    @Test
    void groupsKeepTheirMembersAsPositionsAndGoOutWithOrWithoutThem() throws IOException {
        DirectorySnapshot snapshot = lucca.read(view, people);
        List<ObjectNode> mapped = new GroupMapper(TestLucca.data(people), new OrgStructure(TestLucca.data(people)),
                view.groupTypes()).map(people.stream().filter(person -> snapshot.userPosition(Long.toString(person.id())) >= 0)
                .map(SnapshotSource::member).toList());

        assertThat(snapshot.groups()).hasSize(mapped.size()).isNotEmpty();
        for (int position = 0; position < mapped.size(); position++) {
            ObjectNode group = snapshot.groups().get(position);
            ObjectNode unversioned = group.deepCopy();
            ((ObjectNode) unversioned.path("meta")).remove("version");
            assertThat(unversioned).isEqualTo(mapped.get(position));
            assertThat(group.fieldNames()).toIterable().containsExactly("schemas", "id", "displayName", "members", "meta");

            ObjectNode expected = group.deepCopy();
            expected.with("meta").put("location", BASE + "Groups/" + group.path("id").asText());
            expected.withArray("members").forEach(member -> ((ObjectNode) member).put("$ref", BASE + member.path("$ref").asText()));
            assertThat(written(snapshot, position, true)).isEqualTo(expected);
            expected.remove("members");
            assertThat(written(snapshot, position, false)).isEqualTo(expected);
        }
    }

    @Test
    void anotherInstanceServesTheSameGroupsFromTheSnapshotsBytes() throws IOException {
        DirectorySnapshot snapshot = lucca.read(view, people);

        DirectorySnapshot received = SnapshotCodec.decode(SnapshotCodec.encode(snapshot), view, ZoneId.of("Europe/Paris"));

        assertThat(received.groups()).isEqualTo(snapshot.groups());
        for (int position = 0; position < snapshot.groups().size(); position++) {
            assertThat(written(received, position, true)).isEqualTo(written(snapshot, position, true));
        }
    }

    @Test
    void activeFamilyNameAndModificationLookupsFindWhatAScanFinds() {
        DirectorySnapshot snapshot = lucca.read(view, people);
        List<ObjectNode> users = snapshot.users();

        assertThat(snapshot.usersActive(true)).isEqualTo(scan(users, u -> u.path("active").booleanValue()));
        assertThat(snapshot.usersActive(false)).isEqualTo(scan(users, u -> !u.path("active").booleanValue())).isNotEmpty();
        for (String prefix : List.of("d", "D", "du", "DUR", "de l'É", "dé", "", "zz")) {
            assertThat(snapshot.usersByFamilyNamePrefix(prefix)).as(prefix).isEqualTo(scan(users,
                    u -> u.path("name").path("familyName").asText().toLowerCase().startsWith(prefix.toLowerCase())));
        }
        Instant middle = modified(users.get(2));
        assertThat(snapshot.usersModifiedBetween(middle, Instant.ofEpochMilli(Long.MAX_VALUE)))
                .isEqualTo(scan(users, u -> !modified(u).isBefore(middle))).contains(2);
        assertThat(snapshot.usersModifiedBetween(Instant.EPOCH, middle.minusMillis(1)))
                .isEqualTo(scan(users, u -> modified(u).isBefore(middle))).doesNotContain(2);
    }

    @Test
    void aWrittenChangeMovesTheUserInTheLookups() {
        DirectorySnapshot snapshot = lucca.read(view, people);
        LuccaUser renamed = TestLucca.with(people.get(1), "lastName", Json.createValue("Durand-Hopper"));

        DirectorySnapshot written = snapshot.withUser(snapshot.represent(renamed).orElseThrow());

        assertThat(snapshot.usersByFamilyNamePrefix("durand")).containsExactly(snapshot.userPosition("5"));
        assertThat(written.usersByFamilyNamePrefix("durand")).containsExactly(snapshot.userPosition("2"), snapshot.userPosition("5"));
        assertThat(written.usersByFamilyNamePrefix("hopper")).isEmpty();
    }

    private static int[] scan(List<ObjectNode> users, Predicate<ObjectNode> matches) {
        return IntStream.range(0, users.size()).filter(p -> matches.test(users.get(p))).toArray();
    }

    private static Instant modified(ObjectNode user) {
        return OffsetDateTime.parse(user.path("meta").path("lastModified").asText()).toInstant();
    }

    private static JsonNode written(DirectorySnapshot snapshot, int position, boolean withMembers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        snapshot.writeGroup(position, out, DirectorySnapshot.jsonBase(BASE), withMembers);
        return JSON.readTree(out.toByteArray());
    }
}
