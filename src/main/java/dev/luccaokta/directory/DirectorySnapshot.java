package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.StaticUtils;
import dev.luccaokta.lucca.LuccaUser;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
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
    private final GroupNodes groups;
    private final Map<String, int[]> usersById;
    private final Map<String, int[]> usersByUserName;
    private final Map<String, int[]> usersByEmail;
    private final Map<String, int[]> usersByExternalId;
    private final UserKeys userKeys;
    private final Map<String, int[]> groupsById;
    private final Map<String, int[]> groupsByDisplayName;
    private final SnapshotMemo memo;

    /**
     * @param groups as {@link GroupMapper} made them, or as another instance stored them
     * @param memo   empty, or {@link SnapshotMemo#carried carried} from the snapshot whose users this one keeps
     */
    DirectorySnapshot(TenantView view, PropertyCatalogue catalogue, UserMapper mapper, SnapshotSource source,
                      Instant builtAt, CompactNodes users, List<ObjectNode> groups, SnapshotMemo memo) {
        this.memo = memo;
        this.view = view;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.source = source;
        this.builtAt = builtAt;
        this.users = users;
        this.userKeys = UserKeys.of(users.size());
        List<Function<ObjectNode, String>> userKeyReaders = List.of(DirectorySnapshot::idOf, DirectorySnapshot::userNameOf,
                DirectorySnapshot::emailOf, DirectorySnapshot::externalIdOf);
        List<Map<String, int[]>> userIndexes = positions(users, userKeyReaders, userKeys::read);
        this.usersById = userIndexes.get(0);
        this.usersByUserName = userIndexes.get(1);
        this.usersByEmail = userIndexes.get(2);
        this.usersByExternalId = userIndexes.get(3);
        this.groups = groups instanceof GroupNodes stored ? stored : GroupNodes.of(groups, usersById, source.members());
        List<Map<String, int[]>> groupIndexes = positions(this.groups.heads(),
                List.of(DirectorySnapshot::idOf, node -> lower(node.path("displayName").asText(null))), (node, position) -> { });
        this.groupsById = groupIndexes.get(0);
        this.groupsByDisplayName = groupIndexes.get(1);
    }

    private DirectorySnapshot(DirectorySnapshot base, CompactNodes users, Map<String, int[]> usersByUserName,
                              Map<String, int[]> usersByEmail, Map<String, int[]> usersByExternalId, UserKeys userKeys) {
        this.memo = base.carriedMemo();
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
        this.usersByExternalId = usersByExternalId;
        this.userKeys = userKeys;
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

    /** What a snapshot keeping this one's users starts its searches from. */
    SnapshotMemo carriedMemo() {
        return memo.carried();
    }

    GroupNodes compactGroups() {
        return groups;
    }

    SnapshotSource source() {
        return source;
    }

    public Duration age(Instant now) {
        return Duration.between(builtAt, now);
    }

    /** Every listed user, decoded on access; a user's position here is the one the lookups below answer. */
    public List<ObjectNode> users() {
        return users;
    }

    /** Every group with its members, decoded on access; positions as for {@link #users()}. */
    public List<ObjectNode> groups() {
        return groups;
    }

    public Optional<ObjectNode> user(String id) {
        return at(users, usersById.get(id)).stream().findFirst();
    }

    public Optional<ObjectNode> group(String id) {
        return at(groups, groupsById.get(id)).stream().findFirst();
    }

    /** The position of the user with this id, or -1. */
    public int userPosition(String id) {
        int[] found = usersById.get(id);
        return found == null ? -1 : found[0];
    }

    /** The position of the group with this id, or -1. */
    public int groupPosition(String id) {
        int[] found = groupsById.get(id);
        return found == null ? -1 : found[0];
    }

    /** Positions of the users whose userName equals the value, ignoring case as SCIM's {@code caseExact: false} says. */
    public int[] usersByUserName(String userName) {
        return positions(usersByUserName, userName);
    }

    public int[] usersByEmail(String email) {
        return positions(usersByEmail, email);
    }

    public int[] usersByExternalId(String externalId) {
        return positions(usersByExternalId, externalId);
    }

    public int[] groupsByDisplayName(String displayName) {
        return positions(groupsByDisplayName, displayName);
    }

    /** Positions of the users whose {@code active} is {@code value}. */
    public int[] usersActive(boolean value) {
        return userKeys.active(value);
    }

    /** Positions of the users whose family name starts with {@code prefix}, ignoring case as SCIM filters do. */
    public int[] usersByFamilyNamePrefix(String prefix) {
        return userKeys.familyNameStartingWith(StaticUtils.toLowerCase(prefix));
    }

    /** Positions of the users whose {@code meta.lastModified}, to the millisecond, is within the bounds, inclusive. */
    public int[] usersModifiedBetween(Instant from, Instant to) {
        return userKeys.modifiedBetween(from.toEpochMilli(), to.toEpochMilli());
    }

    /** The user at {@code position} as it goes out, with {@code base} (see {@link #jsonBase}) in front of its references. */
    public void writeUser(int position, OutputStream out, byte[] base) throws IOException {
        users.writeTo(position, out, base);
    }

    /** The group at {@code position} as it goes out, with or without its members. */
    public void writeGroup(int position, OutputStream out, byte[] base, boolean withMembers) throws IOException {
        groups.writeTo(position, out, base, withMembers);
    }

    /** A request's base URL as {@link #writeUser} and {@link #writeGroup} take it. */
    public static byte[] jsonBase(String baseUri) {
        return WireJson.base(baseUri);
    }

    /**
     * What searches of this snapshot worked out from all of it, kept for the next search of the same snapshot:
     * {@code compute}'s answer, or the one kept under {@code key}.
     */
    public <T> T remembered(String key, Supplier<T> compute) {
        return memo.remembered(key, compute);
    }

    /**
     * The same, for a value worked out person by person: the snapshots made from this one (a refresh, an event, a
     * write) are given it to start from, for the people whose {@link #userStamp stamp} is unchanged.
     */
    public <T> T rememberedAcross(String key, Function<Optional<T>, T> compute) {
        return memo.rememberedAcross(key, compute);
    }

    /**
     * The ids of the users listed here whose representation is not the one {@code before} had (or who were not in
     * it), told by their stamps without decoding anyone: everyone when this snapshot was not made from
     * {@code before}'s line (another instance's, a first build), since stamps then all differ.
     */
    public Set<String> usersChangedSince(DirectorySnapshot before) {
        Set<String> changed = new HashSet<>();
        usersById.forEach((id, positions) -> {
            int[] earlier = before.usersById.get(id);
            if (earlier == null || before.users.stamp(earlier[0]) != users.stamp(positions[0])) {
                changed.add(id);
            }
        });
        return changed;
    }

    /** The ids of every user listed, in no order. */
    public Set<String> userIds() {
        return Collections.unmodifiableSet(usersById.keySet());
    }

    /**
     * An object that stays the same instance, in this snapshot and in those made from it, for as long as the user at
     * {@code position} is unchanged; to be compared by identity only.
     */
    public Object userStamp(int position) {
        return users.stamp(position);
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
                moved(usersByEmail, emailOf(previous), emailOf(user), position),
                moved(usersByExternalId, externalIdOf(previous), externalIdOf(user), position),
                userKeys.with(position, user));
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

    private static String externalIdOf(ObjectNode node) {
        return lower(node.path("externalId").asText(null));
    }

    private static int[] positions(Map<String, int[]> index, String value) {
        int[] found = index.get(lower(value));
        return found == null ? new int[0] : found.clone();
    }

    private static List<ObjectNode> at(List<ObjectNode> nodes, int[] positions) {
        return positions == null ? List.of() : Arrays.stream(positions).mapToObj(nodes::get).toList();
    }

    /** Lower-cased as SCIM filters compare strings, so that a lookup finds what a filter matches. */
    private static String lower(String value) {
        return value == null ? null : StaticUtils.toLowerCase(value);
    }

    /**
     * Positions of the nodes by each key; positions rather than nodes, since nodes are only kept compressed. Each
     * node is decoded once for all the keys, and handed to {@code alsoRead}.
     */
    private static List<Map<String, int[]>> positions(List<ObjectNode> nodes, List<Function<ObjectNode, String>> keys,
                                                      ObjIntConsumer<ObjectNode> alsoRead) {
        List<Map<String, int[]>> indexes = keys.stream().map(key -> (Map<String, int[]>) new HashMap<String, int[]>(nodes.size() * 2)).toList();
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode node = nodes.get(i);
            int position = i;
            alsoRead.accept(node, position);
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
