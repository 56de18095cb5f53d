package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.ChangeKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What replacing one snapshot by another changes for Okta: people added, changed (which attributes), deactivated,
 * reactivated or removed, and groups added, removed or changed (their name, their members). Every change is counted;
 * the first {@code limit} are listed.
 *
 * <p>Cheap enough for every publication: people are walked in id order with the ids each snapshot keeps beside its
 * users, and a person whose stored representation is the same in both is passed over without being parsed
 * ({@link CompactNodes#sameAs}); only the others are decoded and compared attribute by attribute. {@code meta} is not
 * compared (its version and lastModified follow the rest), nor {@code schemas} (it follows whether the enterprise
 * extension is there, whose attributes are compared one by one).
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(previous, next, 5_000);
 * SnapshotDiff one = SnapshotDiff.forPeople(previous, next, Set.of(42L), 5_000);   // person 42 and the groups
 * }</pre>
 */
final class SnapshotDiff {

    private static final Set<String> NOT_COMPARED = Set.of("meta", "schemas");
    private static final String MEMBERS = "members";
    private static final String DISPLAY_NAME = "displayName";

    private final int limit;
    private final Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    private final List<ChangedResource> listed = new ArrayList<>();

    private SnapshotDiff(int limit) {
        this.limit = limit;
    }

    /** Everyone and every group of the two snapshots. */
    static SnapshotDiff between(DirectorySnapshot previous, DirectorySnapshot next, int limit) {
        SnapshotDiff diff = new SnapshotDiff(limit);
        diff.comparePeople(previous, next);
        diff.compareGroups(previous.compactGroups(), next.compactGroups());
        return diff;
    }

    /** Only these people, the others being known to be as they were, and every group. */
    static SnapshotDiff forPeople(DirectorySnapshot previous, DirectorySnapshot next, Collection<Long> ids, int limit) {
        SnapshotDiff diff = new SnapshotDiff(limit);
        ids.stream().distinct().sorted().map(String::valueOf)
                .forEach(id -> diff.person(id, previous.user(id).orElse(null), next.user(id).orElse(null)));
        diff.compareGroups(previous.compactGroups(), next.compactGroups());
        return diff;
    }

    /** How many changes of each kind; a kind without any is left out. */
    Map<ChangeKind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The first changes, people in id order, then groups. */
    List<ChangedResource> listed() {
        return Collections.unmodifiableList(listed);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    private void comparePeople(DirectorySnapshot previous, DirectorySnapshot next) {
        List<LuccaUser> before = aligned(previous);
        List<LuccaUser> after = aligned(next);
        CompactNodes beforeUsers = previous.compactUsers();
        CompactNodes afterUsers = next.compactUsers();
        int at = 0;
        int to = 0;
        while (at < before.size() || to < after.size()) {
            long was = at < before.size() ? before.get(at).id() : Long.MAX_VALUE;
            long is = to < after.size() ? after.get(to).id() : Long.MAX_VALUE;
            if (was == is) {
                if (!beforeUsers.sameAs(at, afterUsers, to)) {
                    person(Long.toString(is), beforeUsers.get(at), afterUsers.get(to));
                }
                at++;
                to++;
            } else if (was < is) {
                person(Long.toString(was), beforeUsers.get(at++), null);
            } else {
                person(Long.toString(is), null, afterUsers.get(to++));
            }
        }
    }

    /** The ids of the snapshot's users, in their order. */
    private static List<LuccaUser> aligned(DirectorySnapshot snapshot) {
        List<LuccaUser> members = snapshot.source().members();
        if (members.size() != snapshot.compactUsers().size()) {
            throw new IllegalStateException("The snapshot's members are not aligned with its users");
        }
        return members;
    }

    /** @param before the person's representation before, null when not listed; {@code after} the same now */
    private void person(String id, ObjectNode before, ObjectNode after) {
        if (before == null || after == null) {
            if (before != after) {
                add(ChangedResource.user(before == null ? ChangeKind.ADDED : ChangeKind.REMOVED, id,
                        displayName(before == null ? after : before), List.of()));
            }
            return;
        }
        List<String> attributes = changedAttributes(before, after);
        if (attributes.isEmpty()) {
            return;
        }
        boolean wasActive = before.path("active").asBoolean(false);
        boolean isActive = after.path("active").asBoolean(false);
        ChangeKind kind = wasActive == isActive ? ChangeKind.CHANGED : isActive ? ChangeKind.REACTIVATED : ChangeKind.DEACTIVATED;
        add(ChangedResource.user(kind, id, displayName(after), attributes));
    }

    /** The top-level attributes that differ, and the enterprise extension's one by one ({@code urn:...:User:title}). */
    private static List<String> changedAttributes(ObjectNode before, ObjectNode after) {
        List<String> changed = new ArrayList<>();
        for (String name : fieldNames(before, after)) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            JsonNode was = before.get(name);
            JsonNode is = after.get(name);
            if (name.equals(ScimNames.ENTERPRISE_SCHEMA)) {
                for (String sub : fieldNames(was, is)) {
                    if (!Objects.equals(was == null ? null : was.get(sub), is == null ? null : is.get(sub))) {
                        changed.add(name + ":" + sub);
                    }
                }
            } else if (!Objects.equals(was, is)) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static Set<String> fieldNames(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {before, after}) {
            if (node != null) {
                node.fieldNames().forEachRemaining(names::add);
            }
        }
        return names;
    }

    /**
     * Groups keep their order from one snapshot to the next (type, then Lucca's order): those stored the same at the
     * same place are passed over, and only the others are decoded and matched by id.
     */
    private void compareGroups(GroupNodes before, GroupNodes after) {
        if (before == after) {
            return;
        }
        BitSet same = new BitSet();
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (before.sameAs(i, after, i)) {
                same.set(i);
            }
        }
        Map<String, ObjectNode> previous = byId(before, same);
        for (ObjectNode group : byId(after, same).values()) {
            String id = group.path("id").asText();
            ObjectNode was = previous.remove(id);
            if (was == null) {
                add(ChangedResource.group(ChangeKind.GROUP_ADDED, id, displayName(group)));
            } else {
                groupChange(id, was, group);
            }
        }
        previous.forEach((id, group) -> add(ChangedResource.group(ChangeKind.GROUP_REMOVED, id, displayName(group))));
    }

    private static Map<String, ObjectNode> byId(GroupNodes groups, BitSet same) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!same.get(i)) {
                ObjectNode group = groups.get(i);
                byId.put(group.path("id").asText(), group);
            }
        }
        return byId;
    }

    /** A new name, members added or removed; a member's display alone is the person's own change. */
    private void groupChange(String id, ObjectNode before, ObjectNode after) {
        Set<String> was = memberIds(before);
        Set<String> is = memberIds(after);
        List<String> added = is.stream().filter(member -> !was.contains(member)).toList();
        List<String> removed = was.stream().filter(member -> !is.contains(member)).toList();
        List<String> attributes = new ArrayList<>();
        if (!Objects.equals(before.get(DISPLAY_NAME), after.get(DISPLAY_NAME))) {
            attributes.add(DISPLAY_NAME);
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            attributes.add(MEMBERS);
        }
        if (!attributes.isEmpty()) {
            add(new ChangedResource(ChangeKind.GROUP_CHANGED, ScimNames.GROUP, id, displayName(after), attributes,
                    added, removed));
        }
    }

    private static Set<String> memberIds(ObjectNode group) {
        Set<String> ids = new LinkedHashSet<>();
        StreamSupport.stream(group.path(MEMBERS).spliterator(), false).forEach(member -> ids.add(member.path("value").asText()));
        return ids;
    }

    private static String displayName(ObjectNode resource) {
        return resource.path(DISPLAY_NAME).asText(null);
    }

    private void add(ChangedResource change) {
        counts.merge(change.kind(), 1, Integer::sum);
        if (listed.size() < limit) {
            listed.add(change);
        }
    }
}
