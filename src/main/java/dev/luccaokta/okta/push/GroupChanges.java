package dev.luccaokta.okta.push;

import dev.luccaokta.okta.OktaGroup;
import dev.luccaokta.okta.OktaMembership;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Okta's groups lack against the snapshot's, from the ledger: groups to create or rename, memberships to add
 * (of people Okta has) and to remove, groups to delete (their memberships go with them).
 *
 * @param deletedKeys the ledger keys that go once Okta applied the changes: deleted groups, their memberships and
 *                    the memberships removed
 */
record GroupChanges(List<OktaGroup> upserts, List<String> deletes, Map<String, List<String>> added,
                    Map<String, List<String>> removed, List<String> deletedKeys) {

    /**
     * @param sentMemberships the memberships in the ledger, key → hash; one whose hash the ledger forgot (an
     *                        administrator's reconciliation) is added again
     */
    static GroupChanges between(GroupState wanted, Map<String, String> sentGroups, Map<String, String> sentMemberships,
                                Set<String> peopleInOkta) {
        List<OktaGroup> upserts = new ArrayList<>();
        wanted.groups().forEach((key, group) -> {
            if (!GroupState.hash(group).equals(sentGroups.get(key))) {
                upserts.add(group);
            }
        });
        List<String> deletes = new ArrayList<>();
        List<String> deletedKeys = new ArrayList<>();
        sentGroups.keySet().stream().filter(key -> !wanted.groups().containsKey(key)).forEach(key -> {
            deletes.add(key.substring(GroupState.groupKey("").length()));
            deletedKeys.add(key);
        });
        Map<String, List<String>> added = new TreeMap<>();
        for (String key : wanted.memberships()) {
            String[] groupAndMember = GroupState.membership(key);
            if (!GroupState.hash(key).equals(sentMemberships.get(key)) && peopleInOkta.contains(groupAndMember[1])) {
                added.computeIfAbsent(groupAndMember[0], group -> new ArrayList<>()).add(groupAndMember[1]);
            }
        }
        Map<String, List<String>> removed = new TreeMap<>();
        for (String key : sentMemberships.keySet()) {
            if (wanted.memberships().contains(key)) {
                continue;
            }
            deletedKeys.add(key);
            String[] groupAndMember = GroupState.membership(key);
            if (!deletes.contains(groupAndMember[0])) {
                removed.computeIfAbsent(groupAndMember[0], group -> new ArrayList<>()).add(groupAndMember[1]);
            }
        }
        return new GroupChanges(upserts, deletes, added, removed, deletedKeys);
    }

    /** Calls the changes take one by one. */
    int size() {
        return upserts.size() + deletes.size() + count(added) + count(removed);
    }

    boolean isEmpty() {
        return upserts.isEmpty() && deletes.isEmpty() && added.isEmpty() && removed.isEmpty() && deletedKeys.isEmpty();
    }

    /** The memberships as bulk entries of at most {@code perEntry} members each. */
    static List<OktaMembership> entries(Map<String, List<String>> members, int perEntry) {
        List<OktaMembership> entries = new ArrayList<>();
        members.forEach((group, ids) -> {
            for (int from = 0; from < ids.size(); from += perEntry) {
                entries.add(new OktaMembership(group, ids.subList(from, Math.min(ids.size(), from + perEntry))));
            }
        });
        return entries;
    }

    private static int count(Map<String, List<String>> members) {
        return members.values().stream().mapToInt(Collection::size).sum();
    }
}
