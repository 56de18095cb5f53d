package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.ManagerWarning.Reason;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.UserNameSource;
import dev.luccaokta.testing.MovableClock;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ManagerChecksTest {

    private static final Map<Reason, Integer> NONE = Map.of(Reason.MANAGER_NOT_LISTED, 0, Reason.MANAGER_INACTIVE, 0,
            Reason.MANAGER_CYCLE, 0);

    @Test
    void aCoherentOrganisationHasNoWarning() {
        ManagerChecks.Checked checked = check(person(1, true, null), person(2, true, 1), person(3, true, 1),
                person(4, true, 2));

        assertThat(checked.people()).isEqualTo(4);
        assertThat(checked.counts()).isEqualTo(NONE);
        assertThat(checked.total()).isZero();
        assertThat(checked.listed()).isEmpty();
    }

    @Test
    void aManagerOktaDoesNotImportIsReportedWithTheIdOktaReceives() {
        ObjectNode named = person(2, true, 99);
        manager(named).put("displayName", "Zoé Ailleurs");
        ObjectNode unnamed = person(3, false, 98);

        ManagerChecks.Checked checked = check(person(1, true, null), named, unnamed);

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_NOT_LISTED, 2);
        ManagerWarning first = checked.listed().get(0);
        assertThat(first.reason()).isEqualTo(Reason.MANAGER_NOT_LISTED);
        assertThat(first.person()).isEqualTo(new ManagerWarning.Person("2", "user2", "User 2", true));
        assertThat(first.manager()).isEqualTo(new ManagerWarning.Manager("99", "Zoé Ailleurs", false, null));
        assertThat(first.oktaReceives()).isEqualTo(new ManagerWarning.ServedManager("99", "Zoé Ailleurs"));
        assertThat(first.detail()).contains("99 (Zoé Ailleurs)").contains("none of the users");
        assertThat(first.cycle()).isNull();
        ManagerWarning second = checked.listed().get(1);
        assertThat(second.person().active()).as("an inactive person is checked too").isFalse();
        assertThat(second.manager()).isEqualTo(new ManagerWarning.Manager("98", null, false, null));
        assertThat(second.oktaReceives()).isEqualTo(new ManagerWarning.ServedManager("98", null));
    }

    @Test
    void aManagerListedAsInactiveIsReportedWithTheirNameFromTheirOwnRepresentation() {
        ManagerChecks.Checked checked = check(person(1, false, null), person(2, true, 1), person(3, true, 2));

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_INACTIVE, 1);
        assertThat(checked.total()).isEqualTo(1);
        ManagerWarning warning = checked.listed().get(0);
        assertThat(warning.person().id()).isEqualTo("2");
        assertThat(warning.manager()).isEqualTo(new ManagerWarning.Manager("1", "User 1", true, false));
        assertThat(warning.oktaReceives()).isEqualTo(new ManagerWarning.ServedManager("1", null));
        assertThat(warning.detail()).contains("inactive");
    }

    @Test
    void someoneManagingThemselvesIsACycleOfOne() {
        ManagerChecks.Checked checked = check(person(1, true, null), person(5, true, 5));

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_CYCLE, 1);
        ManagerWarning warning = checked.listed().get(0);
        assertThat(warning.person().id()).isEqualTo("5");
        assertThat(warning.cycle()).containsExactly("5");
        assertThat(warning.cycleLength()).isEqualTo(1);
        assertThat(warning.oktaReceives().value()).isEqualTo("5");
        assertThat(warning.detail()).contains("themselves");
    }

    @Test
    void twoPeopleManagingEachOtherAreBothReportedButNotThoseBelowThem() {
        ManagerChecks.Checked checked = check(person(6, true, 7), person(7, true, 6), person(8, true, 6),
                person(9, true, 8));

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_CYCLE, 2);
        assertThat(checked.listed()).extracting(warning -> warning.person().id()).containsExactly("6", "7");
        assertThat(checked.listed().get(0).cycle()).containsExactly("6", "7");
        assertThat(checked.listed().get(1).cycle()).containsExactly("7", "6");
        assertThat(checked.listed().get(1).cycleLength()).isEqualTo(2);
    }

    @Test
    void aCycleOfThreeIsFoundWhereverTheWalkStarts() {
        ManagerChecks.Checked checked = check(person(1, true, 11), person(10, true, 11), person(11, true, 12),
                person(12, true, 10));

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_CYCLE, 3).containsEntry(Reason.MANAGER_INACTIVE, 0);
        assertThat(checked.listed()).extracting(warning -> warning.person().id()).containsExactly("10", "11", "12");
        assertThat(checked.listed().get(1).cycle()).containsExactly("11", "12", "10");
        assertThat(checked.listed().get(1).detail()).contains("a cycle of 3 people");
    }

    @Test
    void aCycleThroughAnInactiveManagerGivesBothWarnings() {
        ManagerChecks.Checked checked = check(person(1, true, 2), person(2, false, 1));

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_INACTIVE, 1).containsEntry(Reason.MANAGER_CYCLE, 2);
        assertThat(checked.total()).isEqualTo(3);
        assertThat(checked.listed()).extracting(ManagerWarning::reason)
                .containsExactly(Reason.MANAGER_INACTIVE, Reason.MANAGER_CYCLE, Reason.MANAGER_CYCLE);
    }

    @Test
    void everyWarningIsCountedButOnlyTheLimitIsListedOfTheReasonAsked() {
        List<ObjectNode> users = new ArrayList<>();
        IntStream.rangeClosed(1, 500).forEach(id -> users.add(person(id, true, 100_000 + id)));
        users.add(person(600, true, 600));

        ManagerChecks.Checked all = ManagerChecks.check(users, Optional.empty(), ManagerChecks.MAX_LISTED);
        ManagerChecks.Checked cycles = ManagerChecks.check(users, Optional.of(Reason.MANAGER_CYCLE), 1);
        ManagerChecks.Checked countsOnly = ManagerChecks.check(users, Optional.empty(), 0);

        assertThat(all.counts()).containsEntry(Reason.MANAGER_NOT_LISTED, 500).containsEntry(Reason.MANAGER_CYCLE, 1);
        assertThat(all.total()).isEqualTo(501);
        assertThat(all.listed()).hasSize(200).allMatch(warning -> warning.reason() == Reason.MANAGER_NOT_LISTED);
        assertThat(cycles.listed()).singleElement().satisfies(warning -> assertThat(warning.person().id()).isEqualTo("600"));
        assertThat(cycles.total()).isEqualTo(501);
        assertThat(countsOnly.listed()).isEmpty();
        assertThatThrownBy(() -> ManagerChecks.check(users, Optional.empty(), 201)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongCycleShowsItsFirstIdsAndItsLength() {
        List<ObjectNode> users = new ArrayList<>();
        IntStream.rangeClosed(1, 1000).forEach(id -> users.add(person(id, true, id == 1000 ? 1 : id + 1)));

        ManagerChecks.Checked checked = ManagerChecks.check(users, Optional.empty(), 1);

        assertThat(checked.counts()).containsEntry(Reason.MANAGER_CYCLE, 1000);
        assertThat(checked.listed().get(0).cycle()).hasSize(ManagerChecks.CYCLE_IDS_SHOWN).startsWith("1", "2", "3");
        assertThat(checked.listed().get(0).cycleLength()).isEqualTo(1000);
    }

    @Test
    void theSnapshotIsCheckedAsOktaReceivesIt() {
        LuccaUser ceo = TestLucca.with(TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(5), null),
                "manager", JsonValue.NULL);
        LuccaUser leaver = TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(3), TestLucca.TODAY.minusDays(10));
        LuccaUser longGone = TestLucca.user(3, "Alan", "Turing", TestLucca.TODAY.minusYears(3), TestLucca.TODAY.minusYears(1));
        LuccaUser underLeaver = managedBy(TestLucca.user(4, "Linus", "Torvalds", TestLucca.TODAY.minusYears(1), null), leaver);
        LuccaUser underLongGone = managedBy(TestLucca.user(5, "Margaret", "Hamilton", TestLucca.TODAY.minusYears(1), null),
                longGone);
        List<LuccaUser> everyone = List.of(ceo, leaver, longGone, underLeaver, underLongGone);

        ManagerReport report = ManagerChecks.of(snapshot(Set.of("manager"), everyone), Optional.empty(), 200);
        ManagerReport unsent = ManagerChecks.of(snapshot(Set.of("jobTitle"), everyone), Optional.empty(), 200);

        assertThat(report.managerSent()).isTrue();
        assertThat(report.checked()).as("the leaver past the grace period is not listed").isEqualTo(4);
        assertThat(report.snapshotBuiltAt()).isNotNull();
        assertThat(report.warnings()).extracting(warning -> warning.person().id() + " " + warning.reason())
                .containsExactly("4 MANAGER_INACTIVE", "5 MANAGER_NOT_LISTED");
        assertThat(report.warnings().get(1).oktaReceives()).isEqualTo(new ManagerWarning.ServedManager("3", "Alan Turing"));
        assertThat(unsent.managerSent()).isFalse();
        assertThat(unsent.total()).isZero();
    }

    private static ManagerChecks.Checked check(ObjectNode... users) {
        return ManagerChecks.check(List.of(users), Optional.empty(), ManagerChecks.MAX_LISTED);
    }

    /** A representation as the mapper writes it, the manager's display name left out. */
    private static ObjectNode person(long id, boolean active, Integer managerId) {
        ObjectNode user = JsonNodeFactory.instance.objectNode().put("id", Long.toString(id)).put("userName", "user" + id)
                .put("displayName", "User " + id).put("active", active);
        if (managerId != null) {
            user.putObject(ScimNames.ENTERPRISE_SCHEMA).putObject("manager").put("value", managerId.toString())
                    .put("$ref", ScimNames.USERS_PATH + managerId);
        }
        return user;
    }

    private static ObjectNode manager(ObjectNode user) {
        return (ObjectNode) user.path(ScimNames.ENTERPRISE_SCHEMA).path("manager");
    }

    private static LuccaUser managedBy(LuccaUser user, LuccaUser manager) {
        return TestLucca.with(user, "manager", Json.createObjectBuilder().add("id", manager.id())
                .add("name", UserMapper.displayName(manager)).build());
    }

    private static DirectorySnapshot snapshot(Set<String> selection, List<LuccaUser> everyone) {
        SnapshotBuilder builder = new SnapshotBuilder(new LuccaDirectoryReader() {
            @Override
            public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
                return TestLucca.data(everyone);
            }
        }, new MovableClock(), 24);
        return builder.build(TestLucca.tenant(selection, Set.of(), UserNameSource.LOGIN));
    }
}
