package dev.luccaokta.okta.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.okta.OktaGroup;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.OktaLedger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups and memberships Okta should hold, as the snapshot's groups say, keyed as the ledger keys them
 * ({@link OktaLedger#GROUP}, {@link OktaLedger#MEMBERSHIP}); and what it takes to get there from what Okta was sent.
 *
 * @param groups      ledger key → the group
 * @param memberships ledger keys of every membership
 */
record GroupState(Map<String, OktaGroup> groups, Set<String> memberships) {

    /** The ledger's column for a key; a group or a membership whose key is longer is left out. */
    static final int MAX_KEY = 100;
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            GroupType.LUCCA_DEPT.name(), "Lucca department", GroupType.LUCCA_ETS.name(), "Lucca establishment",
            GroupType.LUCCA_LU.name(), "Lucca legal unit", GroupType.LUCCA_COUNTRY.name(), "Lucca country");

    /** What the snapshot's groups (with their members) make. */
    static GroupState of(List<ObjectNode> snapshotGroups) {
        Map<String, OktaGroup> groups = new HashMap<>();
        Set<String> memberships = new HashSet<>();
        for (ObjectNode node : snapshotGroups) {
            String id = node.path("id").asText("");
            String name = node.path("displayName").asText("");
            if (id.isEmpty() || name.isBlank() || groupKey(id).length() > MAX_KEY) {
                continue;
            }
            groups.put(groupKey(id), new OktaGroup(id, name.length() > 255 ? name.substring(0, 255) : name, description(id)));
            for (JsonNode member : node.path("members")) {
                String key = membershipKey(id, member.path("value").asText(""));
                if (!member.path("value").asText("").isEmpty() && key.length() <= MAX_KEY) {
                    memberships.add(key);
                }
            }
        }
        return new GroupState(groups, memberships);
    }

    static String groupKey(String groupId) {
        return OktaLedger.GROUP + groupId;
    }

    static String membershipKey(String groupId, String memberId) {
        return OktaLedger.MEMBERSHIP + groupId + ":" + memberId;
    }

    /** The group's id and the member's, from a membership's key; group ids have no colon, people's neither. */
    static String[] membership(String key) {
        String rest = key.substring(OktaLedger.MEMBERSHIP.length());
        int colon = rest.lastIndexOf(':');
        return new String[] {rest.substring(0, colon), rest.substring(colon + 1)};
    }

    /** What the ledger keeps for a group: a digest of its name and description. */
    static String hash(OktaGroup group) {
        return Sha256.hex(group.externalId() + "\n" + group.displayName() + "\n" + group.description());
    }

    /** What the ledger keeps for a membership: a digest of its key (the ledger's column takes a hash). */
    static String hash(String membershipKey) {
        return Sha256.hex(membershipKey);
    }

    private static String description(String groupId) {
        return DESCRIPTIONS.entrySet().stream().filter(type -> groupId.startsWith(type.getKey() + "_"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
