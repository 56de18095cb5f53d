package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One tenant's Lucca directory as SCIM resources, complete and immutable: every Okta page, filter and lookup
 * of an import is served from the same snapshot, in the same order (users by Lucca id, groups by type).
 * Representations are stored compactly and decoded on access, so every node handed out is the caller's own.
 *
 * <pre>{@code
 * Optional<ObjectNode> user = snapshot.user("42");
 * List<ObjectNode> matches = snapshot.usersByUserName("Jean.Dupont");
 * }</pre>
 */
public final class DirectorySnapshot {

    private final TenantView view;
    private final PropertyCatalogue catalogue;
    private final UserMapper mapper;
    private final SnapshotSource source;
    private final Instant builtAt;
    private final CompactNodes users;
    private final CompactNodes groups;
    private final Map<String, int[]> usersById;
    private final Map<String, int[]> usersByUserName;
    private final Map<String, int[]> usersByEmail;
    private final Map<String, int[]> groupsById;
    private final Map<String, int[]> groupsByDisplayName;

    DirectorySnapshot(TenantView view, PropertyCatalogue catalogue, UserMapper mapper, SnapshotSource source,
                      Instant builtAt, CompactNodes users, List<ObjectNode> groups) {
        this.view = view;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.source = source;
        this.builtAt = builtAt;
        this.users = users;
        this.groups = groups instanceof CompactNodes compact ? compact : CompactNodes.of(groups);
        List<Function<ObjectNode, String>> userKeys = List.of(DirectorySnapshot::idOf, DirectorySnapshot::userNameOf,
                DirectorySnapshot::emailOf);
        List<Map<String, int[]>> userIndexes = positions(users, userKeys);
        this.usersById = userIndexes.get(0);
        this.usersByUserName = userIndexes.get(1);
        this.usersByEmail = userIndexes.get(2);
        List<Map<String, int[]>> groupIndexes = positions(groups,
                List.of(DirectorySnapshot::idOf, node -> lower(node.path("displayName").asText(null))));
        this.groupsById = groupIndexes.get(0);
        this.groupsByDisplayName = groupIndexes.get(1);
    }

    private DirectorySnapshot(DirectorySnapshot base, CompactNodes users, Map<String, int[]> usersByUserName,
                              Map<String, int[]> usersByEmail) {
        this.view = base.view;
        this.catalogue = base.catalogue;
        this.mapper = base.mapper;
        this.source = base.source;
        this.builtAt = base.builtAt;
        this.users = users;
        this.groups = base.groups;
        this.usersById = base.usersById;
        this.usersByUserName = usersByUserName;
        this.usersByEmail = usersByEmail;
        this.groupsById = base.groupsById;
        this.groupsByDisplayName = base.groupsByDisplayName;
    }

    public TenantView view() {
        return view;
    }

    public PropertyCatalogue catalogue() {
        return catalogue;
    }

    public Instant builtAt() {
        return builtAt;
    }

    /** The users as stored, for a refresh to keep those Lucca did not change without decoding them. */
    CompactNodes compactUsers() {
        return users;
    }

    CompactNodes compactGroups() {
        return groups;
    }

    SnapshotSource source() {
        return source;
    }

    public Duration age(Instant now) {
        return Duration.between(builtAt, now);
    }

    /** Every listed user, decoded on access. */
    public List<ObjectNode> users() {
        return users;
    }

    public List<ObjectNode> groups() {
        return groups;
    }

    public Optional<ObjectNode> user(String id) {
        return at(users, usersById.get(id)).stream().findFirst();
    }

    public Optional<ObjectNode> group(String id) {
        return at(groups, groupsById.get(id)).stream().findFirst();
    }

    /** Users whose userName equals the value, ignoring case as SCIM's {@code caseExact: false} says. */
    public List<ObjectNode> usersByUserName(String userName) {
        return at(users, usersByUserName.get(lower(userName)));
    }

    public List<ObjectNode> usersByEmail(String email) {
        return at(users, usersByEmail.get(lower(email)));
    }

    public List<ObjectNode> groupsByDisplayName(String displayName) {
        return at(groups, groupsByDisplayName.get(lower(displayName)));
    }

    /**
     * The versioned representation Okta would receive for this Lucca user under the snapshot's configuration;
     * empty for someone who left longer ago than the grace period.
     */
    public Optional<ObjectNode> represent(LuccaUser user) {
        Optional<ObjectNode> representation = mapper.map(user);
        representation.ifPresent(RepresentationVersion::stamp);
        return representation;
    }

    /**
     * This snapshot with one user's representation replaced, found by id: the snapshot itself when the user is
     * not listed in it (the next refresh brings them). Groups are left as they are, since nothing a write can
     * change decides membership.
     */
    DirectorySnapshot withUser(ObjectNode user) {
        int[] found = usersById.get(idOf(user));
        if (found == null) {
            return this;
        }
        int position = found[0];
        ObjectNode previous = users.get(position);
        return new DirectorySnapshot(this, users.with(position, user),
                moved(usersByUserName, userNameOf(previous), userNameOf(user), position),
                moved(usersByEmail, emailOf(previous), emailOf(user), position));
    }

    /** The index with one position moved from one key to another, copied only when the key changed. */
    private static Map<String, int[]> moved(Map<String, int[]> index, String from, String to, int position) {
        if (Objects.equals(from, to)) {
            return index;
        }
        Map<String, int[]> copy = new HashMap<>(index);
        if (from != null) {
            int[] left = IntStream.of(copy.getOrDefault(from, new int[0])).filter(p -> p != position).toArray();
            if (left.length == 0) {
                copy.remove(from);
            } else {
                copy.put(from, left);
            }
        }
        if (to != null) {
            copy.merge(to, new int[] {position}, (a, b) -> IntStream.concat(IntStream.of(a), IntStream.of(b)).sorted().toArray());
        }
        return copy;
    }

    private static String idOf(ObjectNode node) {
        return node.path("id").asText(null);
    }

    private static String userNameOf(ObjectNode node) {
        return lower(node.path("userName").asText(null));
    }

    private static String emailOf(ObjectNode node) {
        return lower(node.path("emails").path(0).path("value").asText(null));
    }

    private static List<ObjectNode> at(CompactNodes nodes, int[] positions) {
        return positions == null ? List.of() : Arrays.stream(positions).mapToObj(nodes::get).toList();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Positions of the nodes by each key; positions rather than nodes, since nodes are only kept compressed. Each
     * node is decoded once for all the keys.
     */
    private static List<Map<String, int[]>> positions(List<ObjectNode> nodes, List<Function<ObjectNode, String>> keys) {
        List<Map<String, int[]>> indexes = keys.stream().map(key -> (Map<String, int[]>) new HashMap<String, int[]>(nodes.size() * 2)).toList();
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode node = nodes.get(i);
            int position = i;
            for (int k = 0; k < keys.size(); k++) {
                String value = keys.get(k).apply(node);
                if (value != null) {
                    indexes.get(k).merge(value, new int[] {position},
                            (a, b) -> IntStream.concat(IntStream.of(a), IntStream.of(b)).toArray());
                }
            }
        }
        return indexes;
    }
}
