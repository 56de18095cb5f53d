package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.scim.protocol.ResourceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A directory snapshot's users or groups as the SCIM search reads them, with the snapshot's own indexes
 * answering the equality lookups Okta makes ({@code userName eq}, {@code emails.value eq}, {@code id eq},
 * group {@code displayName eq}).
 */
final class SnapshotIndex implements ResourceIndex {

    private final List<ObjectNode> all;
    private final Function<String, Optional<ObjectNode>> byId;
    private final Function<String, Function<String, List<ObjectNode>>> lookups;

    private SnapshotIndex(List<ObjectNode> all, Function<String, Optional<ObjectNode>> byId,
                          Function<String, Function<String, List<ObjectNode>>> lookups) {
        this.all = all;
        this.byId = byId;
        this.lookups = lookups;
    }

    static SnapshotIndex users(DirectorySnapshot snapshot) {
        return new SnapshotIndex(snapshot.users(), snapshot::user, attribute -> switch (attribute) {
            case "id" -> id -> snapshot.user(id).map(List::of).orElse(List.of());
            case "username" -> snapshot::usersByUserName;
            case "emails.value", "emails" -> snapshot::usersByEmail;
            default -> null;
        });
    }

    static SnapshotIndex groups(DirectorySnapshot snapshot) {
        return new SnapshotIndex(snapshot.groups(), snapshot::group, attribute -> switch (attribute) {
            case "id" -> id -> snapshot.group(id).map(List::of).orElse(List.of());
            case "displayname" -> snapshot::groupsByDisplayName;
            default -> null;
        });
    }

    @Override
    public List<ObjectNode> all() {
        return all;
    }

    @Override
    public Optional<ObjectNode> byId(String id) {
        return byId.apply(id);
    }

    @Override
    public Optional<List<ObjectNode>> equalTo(Path attribute, String value) {
        Function<String, List<ObjectNode>> lookup = lookups.apply(attribute.toString().toLowerCase(Locale.ROOT));
        return lookup == null ? Optional.empty() : Optional.of(lookup.apply(value));
    }
}
