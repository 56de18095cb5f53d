package dev.luccaokta.okta.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.okta.OktaGroup;
import dev.luccaokta.okta.OktaMembership;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode group(String id, String name, String... members) {
        ObjectNode group = JSON.createObjectNode().put("id", id).put("displayName", name);
        for (String member : members) {
            group.withArray("members").addObject().put("value", member);
        }
        return group;
    }

    @Test
    void theSnapshotsGroupsBecomeOktaGroupsWithTheirTypeAsDescriptionAndOneKeyPerMembership() {
        GroupState state = GroupState.of(List.of(group("LUCCA_DEPT_2", "Finance", "106", "129"),
                group("LUCCA_COUNTRY_FRA", "France", "106")));

        assertThat(state.groups()).containsEntry("g:LUCCA_DEPT_2", new OktaGroup("LUCCA_DEPT_2", "Finance", "Lucca department"))
                .containsEntry("g:LUCCA_COUNTRY_FRA", new OktaGroup("LUCCA_COUNTRY_FRA", "France", "Lucca country"));
        assertThat(state.memberships()).containsExactlyInAnyOrder("m:LUCCA_DEPT_2:106", "m:LUCCA_DEPT_2:129",
                "m:LUCCA_COUNTRY_FRA:106");
        assertThat(GroupState.membership("m:LUCCA_DEPT_2:106")).containsExactly("LUCCA_DEPT_2", "106");
    }

    @Test
    void aMoveBetweenDepartmentsAddsOneMembershipAndRemovesTheOtherAndARenameUpsertsTheGroup() {
        GroupState before = GroupState.of(List.of(group("LUCCA_DEPT_2", "RH", "106"), group("LUCCA_DEPT_3", "Finance")));
        GroupState after = GroupState.of(List.of(group("LUCCA_DEPT_2", "Ressources humaines"),
                group("LUCCA_DEPT_3", "Finance", "106")));

        GroupChanges changes = GroupChanges.between(after, sent(before), members(before), Set.of("106"));

        assertThat(changes.upserts()).extracting(OktaGroup::displayName).containsExactly("Ressources humaines");
        assertThat(changes.added()).containsExactly(Map.entry("LUCCA_DEPT_3", List.of("106")));
        assertThat(changes.removed()).containsExactly(Map.entry("LUCCA_DEPT_2", List.of("106")));
        assertThat(changes.deletes()).isEmpty();
        assertThat(changes.deletedKeys()).containsExactly("m:LUCCA_DEPT_2:106");
        assertThat(changes.size()).isEqualTo(3);
    }

    @Test
    void aGroupGoneIsDeletedWithItsMembershipsAndNobodyOktaLacksIsAdded() {
        GroupState before = GroupState.of(List.of(group("LUCCA_DEPT_9", "Old", "1", "2")));
        GroupState after = GroupState.of(List.of(group("LUCCA_DEPT_3", "New", "1", "7")));

        GroupChanges changes = GroupChanges.between(after, sent(before), members(before), Set.of("1", "2"));

        assertThat(changes.deletes()).containsExactly("LUCCA_DEPT_9");
        assertThat(changes.removed()).as("they go with their group").isEmpty();
        assertThat(changes.deletedKeys()).containsExactlyInAnyOrder("g:LUCCA_DEPT_9", "m:LUCCA_DEPT_9:1", "m:LUCCA_DEPT_9:2");
        assertThat(changes.added()).as("7 is not in Okta yet").containsExactly(Map.entry("LUCCA_DEPT_3", List.of("1")));
        assertThat(GroupChanges.between(after, sent(after), members(after), Set.of("1", "7")).isEmpty()).isTrue();
    }

    @Test
    void aMembershipWhoseHashTheLedgerForgotIsAddedAgainAndOneNoLongerWantedIsStillRemoved() {
        GroupState before = GroupState.of(List.of(group("LUCCA_DEPT_2", "Finance", "1", "2")));
        GroupState after = GroupState.of(List.of(group("LUCCA_DEPT_2", "Finance", "1")));
        Map<String, String> forgotten = new HashMap<>();
        before.memberships().forEach(key -> forgotten.put(key, "-"));

        GroupChanges changes = GroupChanges.between(after, sent(before), forgotten, Set.of("1", "2"));

        assertThat(changes.added()).containsExactly(Map.entry("LUCCA_DEPT_2", List.of("1")));
        assertThat(changes.removed()).containsExactly(Map.entry("LUCCA_DEPT_2", List.of("2")));
        assertThat(changes.upserts()).as("the group's hash was kept").isEmpty();
    }

    @Test
    void membershipsAreCutIntoEntriesOfAtMostSoManyMembers() {
        Map<String, List<String>> members = Map.of("LUCCA_DEPT_1",
                IntStream.range(0, 2_500).mapToObj(Integer::toString).collect(Collectors.toList()));

        List<OktaMembership> entries = GroupChanges.entries(members, 1_000);

        assertThat(entries).extracting(entry -> entry.memberExternalIds().size()).containsExactly(1_000, 1_000, 500);
        assertThat(entries).allMatch(entry -> entry.groupExternalId().equals("LUCCA_DEPT_1"));
    }

    /** The state's memberships as the ledger keeps them once Okta holds them. */
    private static Map<String, String> members(GroupState state) {
        return state.memberships().stream().collect(Collectors.toMap(key -> key, GroupState::hash));
    }

    private static Map<String, String> sent(GroupState state) {
        Map<String, String> sent = new HashMap<>();
        state.groups().forEach((key, group) -> sent.put(key, GroupState.hash(group)));
        return sent;
    }
}
