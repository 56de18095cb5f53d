package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaDepartment;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.UserNameSource;
import dev.luccaokta.testing.MovableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class IncrementalRefreshTest {

    private final MovableClock clock = new MovableClock();
    private final ScriptedLucca lucca = new ScriptedLucca();
    private final SnapshotBuilder builder = new SnapshotBuilder(lucca, clock, 24);
    private final TenantView view = TestLucca.tenant(Set.of("jobTitle"), Set.of(GroupType.LUCCA_DEPT), UserNameSource.LOGIN);

    private final LuccaUser ada = TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(2), null);
    private final LuccaUser grace = TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser linus = TestLucca.user(4, "Linus", "Torvalds", TestLucca.TODAY.minusMonths(3), null);

    @Test
    void aRefreshReadsOnlyWhatLuccaChangedAndKeepsTheRest() {
        lucca.everyone = List.of(ada, linus);
        DirectorySnapshot first = builder.refresh(view, null);
        LuccaUser renamedLinus = TestLucca.renamed(linus, "Linux", linus.modifiedOn().plusDays(1));
        lucca.changes = List.of(grace, renamedLinus);
        clock.advance(Duration.ofMinutes(20));

        DirectorySnapshot next = builder.refresh(view, first);

        assertThat(lucca.fullReads).isEqualTo(1);
        assertThat(lucca.changesSince).containsExactly(linus.modifiedOn().minusMinutes(2));
        assertThat(next.users()).extracting(user -> user.get("id").asText()).containsExactly("1", "2", "4");
        assertThat(next.user("1")).isEqualTo(first.user("1"));
        assertThat(next.user("4").orElseThrow().path("name").path("givenName").asText()).isEqualTo("Linux");
        assertThat(next.usersByUserName("grace.hopper")).hasSize(1);
        assertThat(members(next.group("LUCCA_DEPT_21").orElseThrow())).containsExactly("1", "2", "4");
    }

    @Test
    void aNewDayAChangedOrganisationOrANewConfigurationReadLuccaInFull() {
        lucca.everyone = List.of(ada);
        DirectorySnapshot first = builder.refresh(view, null);

        clock.advance(Duration.ofHours(16));
        builder.refresh(view, first);
        DirectorySnapshot sameDay = builder.refresh(view, builder.build(view));
        lucca.departments = List.of(new LuccaDepartment(21, "Engineering", "TECH", 20L, true));
        builder.refresh(view, sameDay);
        builder.refresh(TestLucca.tenant(Set.of(), Set.of(), UserNameSource.LOGIN), sameDay);

        assertThat(lucca.fullReads).as("first, next day, the explicit build, organisation, configuration").isEqualTo(5);
        assertThat(lucca.changesSince).as("the same-day refresh, and the one that found the organisation changed")
                .hasSize(2);
    }

    @Test
    void aSnapshotPassedToAnotherInstanceServesTheSameAndRefreshesIncrementallyThere() {
        lucca.everyone = List.of(ada, grace, linus);
        DirectorySnapshot built = builder.refresh(view, null);

        DirectorySnapshot received = SnapshotCodec.decode(SnapshotCodec.encode(built), view, clock.getZone());
        LuccaUser renamedAda = TestLucca.renamed(ada, "Augusta", ada.modifiedOn().plusDays(1));
        lucca.changes = List.of(renamedAda);
        clock.advance(Duration.ofMinutes(20));
        DirectorySnapshot next = builder.refresh(view, received);

        assertThat(received.builtAt()).isEqualTo(built.builtAt());
        assertThat(received.users()).isEqualTo(built.users());
        assertThat(received.groups()).isEqualTo(built.groups());
        assertThat(received.usersByUserName("grace.hopper")).isEqualTo(built.usersByUserName("grace.hopper"));
        assertThat(received.represent(grace)).isEqualTo(built.represent(grace));
        assertThat(lucca.fullReads).as("the receiving instance only read Lucca's changes").isEqualTo(1);
        assertThat(next.user("1").orElseThrow().path("name").path("givenName").asText()).isEqualTo("Augusta");
        assertThat(next.user("4")).isEqualTo(built.user("4"));
        assertThat(SnapshotCodec.decode(SnapshotCodec.encode(built),
                TestLucca.tenant(Set.of(), Set.of(GroupType.LUCCA_DEPT), UserNameSource.LOGIN), clock.getZone()))
                .as("a snapshot of another configuration is not taken").isNull();
    }

    @Test
    void aSnapshotFollowingAnotherSharesTheUnchangedUsersAndStartsFromWhatItsSearchesWorkedOut() {
        lucca.everyone = List.of(ada, grace, linus);
        DirectorySnapshot first = builder.refresh(view, null);
        first.rememberedAcross("reduced", earlier -> "worked out from the first");
        first.remembered("order", () -> "not carried");
        LuccaUser renamedLinus = TestLucca.renamed(linus, "Linux", linus.modifiedOn().plusDays(1));
        lucca.everyone = List.of(ada, grace, renamedLinus);
        clock.advance(Duration.ofHours(30));

        DirectorySnapshot fullRead = builder.refresh(view, first);
        DirectorySnapshot evented = builder.withChanges(view, fullRead, List.of(TestLucca.renamed(ada, "Augusta",
                ada.modifiedOn().plusDays(2))), Set.of());

        assertThat(lucca.fullReads).as("a new day reads Lucca in full").isEqualTo(2);
        assertThat(fullRead.userStamp(fullRead.userPosition("2"))).as("Grace, unchanged")
                .isSameAs(first.userStamp(first.userPosition("2")));
        assertThat(fullRead.userStamp(fullRead.userPosition("4"))).as("Linus, renamed")
                .isNotSameAs(first.userStamp(first.userPosition("4")));
        assertThat(evented.userStamp(evented.userPosition("2"))).isSameAs(first.userStamp(first.userPosition("2")));
        assertThat(evented.userStamp(evented.userPosition("1"))).isNotSameAs(fullRead.userStamp(fullRead.userPosition("1")));
        assertThat(evented.<String>rememberedAcross("reduced", earlier -> earlier.orElse("nothing carried")))
                .isEqualTo("worked out from the first");
        assertThat(evented.<String>remembered("order", () -> "worked out again")).isEqualTo("worked out again");
        assertThat(builder.build(view).<String>rememberedAcross("reduced", earlier -> earlier.orElse("nothing carried")))
                .as("a snapshot following none").isEqualTo("nothing carried");
    }

    private static List<String> members(ObjectNode group) {
        return StreamSupport.stream(group.path("members").spliterator(), false).map(m -> m.path("value").asText()).toList();
    }

    /** A Lucca whose answers the test sets, counting full reads and noting from when changes were asked. */
    private static final class ScriptedLucca extends LuccaDirectoryReader {
        List<LuccaUser> everyone = List.of();
        List<LuccaUser> changes = List.of();
        List<LuccaDepartment> departments;
        int fullReads;
        final List<LocalDateTime> changesSince = new ArrayList<>();

        @Override
        public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
            fullReads++;
            return organisation(everyone);
        }

        @Override
        public LuccaDirectoryData readChanges(LuccaInstance instance, LocalDateTime since) {
            changesSince.add(since);
            return organisation(changes);
        }

        private LuccaDirectoryData organisation(List<LuccaUser> users) {
            LuccaDirectoryData data = TestLucca.data(users);
            return departments == null ? data : new LuccaDirectoryData(users, departments, data.establishments(),
                    data.legalUnits(), data.countries(), data.extendedDataDefinitions());
        }
    }
}
