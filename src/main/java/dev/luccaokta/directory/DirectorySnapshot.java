package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Instant builtAt;
    private final CompactNodes users;
    private final CompactNodes groups;
    private final Map<String, int[]> usersById;
    private final Map<String, int[]> usersByUserName;
    private final Map<String, int[]> usersByEmail;
    private final Map<String, int[]> groupsById;
    private final Map<String, int[]> groupsByDisplayName;

    DirectorySnapshot(TenantView view, PropertyCatalogue catalogue, Instant builtAt, List<ObjectNode> users,
                      List<ObjectNode> groups) {
        this.view = view;
        this.catalogue = catalogue;
        this.builtAt = builtAt;
        this.users = CompactNodes.of(users);
        this.groups = CompactNodes.of(groups);
        this.usersById = positions(users, node -> node.path("id").asText(null));
        this.usersByUserName = positions(users, node -> lower(node.path("userName").asText(null)));
        this.usersByEmail = positions(users, node -> lower(node.path("emails").path(0).path("value").asText(null)));
        this.groupsById = positions(groups, node -> node.path("id").asText(null));
        this.groupsByDisplayName = positions(groups, node -> lower(node.path("displayName").asText(null)));
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

    private static List<ObjectNode> at(CompactNodes nodes, int[] positions) {
        return positions == null ? List.of() : Arrays.stream(positions).mapToObj(nodes::get).toList();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** Positions of the nodes by key; positions rather than nodes, since nodes are only kept compressed. */
    private static Map<String, int[]> positions(List<ObjectNode> nodes, Function<ObjectNode, String> key) {
        Map<String, int[]> index = new HashMap<>(nodes.size() * 2);
        IntStream.range(0, nodes.size()).forEach(i -> {
            String value = key.apply(nodes.get(i));
            if (value != null) {
                index.merge(value, new int[] {i}, (a, b) -> IntStream.concat(IntStream.of(a), IntStream.of(b)).toArray());
            }
        });
        return index;
    }
}
