package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.ChangeKind;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static final String ENTERPRISE = ScimNames.ENTERPRISE_SCHEMA;

    private final ScriptedDirectory lucca = new ScriptedDirectory();
    private final TenantView view = TestLucca.tenant(Set.of("jobTitle", "department", "manager"), Set.of(GroupType.LUCCA_DEPT),
            UserNameSource.LOGIN);
    private final LuccaUser ada = TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(2), null);
    private final LuccaUser grace = TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser linus = TestLucca.user(4, "Linus", "Torvalds", TestLucca.TODAY.minusMonths(3), null);
    private final LuccaUser former = TestLucca.user(5, "Alan", "Turing", TestLucca.TODAY.minusYears(3), TestLucca.TODAY.minusDays(10));
    private final LuccaUser margaret = TestLucca.user(6, "Margaret", "Hamilton", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser hire = TestLucca.user(9, "Barbara", "Liskov", TestLucca.TODAY.minusDays(1), null);

    @Test
    void everyKindOfChangeToPeopleIsFoundWithTheAttributesThatChanged() {
        DirectorySnapshot before = lucca.read(view, List.of(ada, grace, linus, former, margaret));
        LuccaUser promoted = with(grace, "jobTitle", Json.createValue("CTO"));
        LuccaUser leaver = with(linus, "dtContractEnd", Json.createValue(TestLucca.TODAY.minusDays(1) + "T00:00:00"));
        LuccaUser back = with(former, "dtContractEnd", JsonValue.NULL);

        SnapshotDiff diff = SnapshotDiff.between(before, lucca.read(view, List.of(ada, promoted, leaver, back, hire)), 100);

        assertThat(diff.listed()).containsExactly(
                ChangedResource.user(ChangeKind.CHANGED, "2", "Grace Hopper", List.of("title")),
                ChangedResource.user(ChangeKind.DEACTIVATED, "4", "Linus Torvalds", List.of("active")),
                ChangedResource.user(ChangeKind.REACTIVATED, "5", "Alan Turing", List.of("active")),
                ChangedResource.user(ChangeKind.REMOVED, "6", "Margaret Hamilton", List.of()),
                ChangedResource.user(ChangeKind.ADDED, "9", "Barbara Liskov", List.of()),
                new ChangedResource(ChangeKind.GROUP_CHANGED, "Group", "LUCCA_DEPT_21", "Tech", List.of("members"),
                        List.of("9"), List.of("6")));
        assertThat(diff.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(ChangeKind.CHANGED, 1, ChangeKind.DEACTIVATED, 1,
                ChangeKind.REACTIVATED, 1, ChangeKind.REMOVED, 1, ChangeKind.ADDED, 1, ChangeKind.GROUP_CHANGED, 1));
    }

    @Test
    void aMoveBetweenDepartmentsNamesTheEnterpriseAttributeAndMovesTheMemberBetweenGroups() {
        DirectorySnapshot before = lucca.read(view, List.of(ada, grace));
        LuccaUser moved = with(grace, "department", Json.createObjectBuilder().add("id", 20).add("name", "Direction").build());
        LuccaUser managed = with(moved, "manager", JsonValue.NULL);

        SnapshotDiff diff = SnapshotDiff.between(before, lucca.read(view, List.of(ada, managed)), 100);

        assertThat(diff.listed()).containsExactly(
                ChangedResource.user(ChangeKind.CHANGED, "2", "Grace Hopper", List.of(ENTERPRISE + ":department",
                        ENTERPRISE + ":manager")),
                new ChangedResource(ChangeKind.GROUP_CHANGED, "Group", "LUCCA_DEPT_20", "Direction", List.of("members"),
                        List.of("2"), List.of()),
                new ChangedResource(ChangeKind.GROUP_CHANGED, "Group", "LUCCA_DEPT_21", "Tech", List.of("members"),
                        List.of(), List.of("2")));
    }

    @Test
    void peopleStoredTheSameArePassedOverAndAChangeOfMetaAloneIsNoChange() {
        DirectorySnapshot before = lucca.read(view, List.of(ada, grace, linus));
        // Ada is the first person of the list, whose representation the new snapshot compresses the others with.
        LuccaUser renamedAda = TestLucca.renamed(ada, "Augusta", ada.modifiedOn().plusDays(1));
        LuccaUser touchedLinus = TestLucca.renamed(linus, "Linus", linus.modifiedOn().plusDays(1));

        SnapshotDiff diff = SnapshotDiff.between(before, lucca.read(view, List.of(renamedAda, grace, touchedLinus)), 100);
        SnapshotDiff none = SnapshotDiff.between(before, lucca.read(view, List.of(ada, grace, linus)), 100);

        assertThat(diff.listed()).containsExactly(ChangedResource.user(ChangeKind.CHANGED, "1", "Augusta Lovelace",
                List.of("name", "displayName")));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.listed()).isEmpty();
    }

    @Test
    void forSomePeopleOnlyTheyAndTheGroupsAreCompared() {
        DirectorySnapshot before = lucca.read(view, List.of(ada, grace));
        LuccaUser promoted = with(grace, "jobTitle", Json.createValue("CTO"));
        DirectorySnapshot after = lucca.builder.withChanges(view, before, List.of(promoted, hire), Set.of(1L));

        SnapshotDiff diff = SnapshotDiff.forPeople(before, after, List.of(9L, 2L, 1L, 2L), 100);

        assertThat(diff.listed()).extracting(ChangedResource::kind, ChangedResource::id).containsExactly(
                tuple(ChangeKind.REMOVED, "1"),
                tuple(ChangeKind.CHANGED, "2"),
                tuple(ChangeKind.ADDED, "9"),
                tuple(ChangeKind.GROUP_CHANGED, "LUCCA_DEPT_21"));
        assertThat(SnapshotDiff.forPeople(before, after, List.of(), 100).listed()).extracting(ChangedResource::id)
                .as("the groups are compared whoever is named").containsExactly("LUCCA_DEPT_21");
    }

    @Test
    void groupsAddedAndRemovedWithTheirType() {
        TenantView withoutGroups = TestLucca.tenant(Set.of("jobTitle"), Set.of(), UserNameSource.LOGIN);
        DirectorySnapshot before = lucca.read(withoutGroups, List.of(ada));
        DirectorySnapshot withGroups = lucca.read(TestLucca.tenant(Set.of("jobTitle"), Set.of(GroupType.LUCCA_ETS),
                UserNameSource.LOGIN), List.of(ada));

        SnapshotDiff added = SnapshotDiff.between(before, withGroups, 100);
        SnapshotDiff removed = SnapshotDiff.between(withGroups, before, 100);

        assertThat(added.listed()).containsExactly(ChangedResource.group(ChangeKind.GROUP_ADDED, "LUCCA_ETS_11", "Paris"));
        assertThat(removed.listed()).containsExactly(ChangedResource.group(ChangeKind.GROUP_REMOVED, "LUCCA_ETS_11", "Paris"));
    }

    @Test
    void everyChangeIsCountedAndOnlyTheFirstAreListed() {
        List<LuccaUser> people = new ArrayList<>();
        List<LuccaUser> promoted = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            LuccaUser person = TestLucca.user(id, "P" + id, "Q" + id, LocalDate.of(2020, 1, 1), null);
            people.add(person);
            promoted.add(with(person, "jobTitle", Json.createValue("Lead")));
        }
        DirectorySnapshot before = lucca.read(view, people);

        SnapshotDiff diff = SnapshotDiff.between(before, lucca.read(view, promoted), 10);

        assertThat(diff.counts()).containsExactlyEntriesOf(Map.of(ChangeKind.CHANGED, 30));
        assertThat(diff.listed()).hasSize(10).extracting(ChangedResource::id).startsWith("1", "2", "3");
    }

    private static LuccaUser with(LuccaUser user, String field, JsonValue value) {
        return TestLucca.with(user, field, value);
    }
}
