package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One tenant's Lucca directory as SCIM resources, complete and immutable: every Okta page, filter and lookup
 * of an import is served from the same snapshot, in the same order (users by Lucca id). The JSON nodes are
 * shared by all readers and must never be modified; copy before changing.
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
    private final List<ObjectNode> users;
    private final List<ObjectNode> groups;
    private final Map<String, ObjectNode> usersById;
    private final Map<String, List<ObjectNode>> usersByUserName;
    private final Map<String, List<ObjectNode>> usersByEmail;
    private final Map<String, ObjectNode> groupsById;
    private final Map<String, List<ObjectNode>> groupsByDisplayName;

    DirectorySnapshot(TenantView view, PropertyCatalogue catalogue, Instant builtAt, List<ObjectNode> users, List<ObjectNode> groups) {
        this.view = view;
        this.catalogue = catalogue;
        this.builtAt = builtAt;
        this.users = List.copyOf(users);
        this.groups = List.copyOf(groups);
        this.usersById = unique(this.users, node -> node.path("id").asText());
        this.usersByUserName = grouped(this.users, node -> lower(node.path("userName").asText(null)));
        this.usersByEmail = grouped(this.users, node -> lower(node.path("emails").path(0).path("value").asText(null)));
        this.groupsById = unique(this.groups, node -> node.path("id").asText());
        this.groupsByDisplayName = grouped(this.groups, node -> lower(node.path("displayName").asText(null)));
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

    public List<ObjectNode> users() {
        return users;
    }

    public List<ObjectNode> groups() {
        return groups;
    }

    public Optional<ObjectNode> user(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    public Optional<ObjectNode> group(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    /** Users whose userName equals the value, ignoring case as SCIM's {@code caseExact: false} says. */
    public List<ObjectNode> usersByUserName(String userName) {
        return usersByUserName.getOrDefault(lower(userName), List.of());
    }

    public List<ObjectNode> usersByEmail(String email) {
        return usersByEmail.getOrDefault(lower(email), List.of());
    }

    public List<ObjectNode> groupsByDisplayName(String displayName) {
        return groupsByDisplayName.getOrDefault(lower(displayName), List.of());
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Map<String, ObjectNode> unique(List<ObjectNode> nodes, Function<ObjectNode, String> key) {
        Map<String, ObjectNode> index = new HashMap<>(nodes.size() * 2);
        nodes.forEach(node -> index.put(key.apply(node), node));
        return index;
    }

    private static Map<String, List<ObjectNode>> grouped(List<ObjectNode> nodes, Function<ObjectNode, String> key) {
        Map<String, List<ObjectNode>> index = new HashMap<>(nodes.size() * 2);
        for (ObjectNode node : nodes) {
            String value = key.apply(node);
            if (value != null) {
                index.merge(value, List.of(node), (a, b) -> {
                    List<ObjectNode> both = new ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                });
            }
        }
        return index;
    }
}
