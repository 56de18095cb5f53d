package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Builds a tenant's snapshot: reads its whole Lucca directory (about N/1000 + 5 calls), maps users and groups
 * under the tenant's selection, and versions every representation.
 */
@ApplicationScoped
public class SnapshotBuilder {

    private static final Logger LOG = Logger.getLogger(SnapshotBuilder.class.getName());

    @Inject
    LuccaDirectoryReader reader;

    @Inject
    Clock clock;

    public DirectorySnapshot build(TenantView view) {
        Instant started = clock.instant();
        LuccaDirectoryData data = reader.read(view.lucca());
        PropertyCatalogue catalogue = PropertyCatalogue.of(data.extendedDataDefinitions());
        OrgStructure org = new OrgStructure(data);
        UserMapper mapper = new UserMapper(catalogue, view, org, LocalDate.now(clock), clock.getZone());

        List<LuccaUser> listed = new ArrayList<>(data.users().size());
        List<ObjectNode> users = new ArrayList<>(data.users().size());
        // Pages that shift while Lucca is being read could repeat someone; Okta must see each person once.
        data.users().stream().filter(distinctIds()).sorted(Comparator.comparingLong(LuccaUser::id)).forEach(user -> {
            Optional<ObjectNode> scim = mapper.map(user);
            scim.ifPresent(node -> {
                RepresentationVersion.stamp(node);
                users.add(node);
                listed.add(user);
            });
        });
        List<ObjectNode> groups = new GroupMapper(data, org, view.groupTypes()).map(listed);
        groups.forEach(RepresentationVersion::stamp);
        LOG.info(() -> "Snapshot of tenant " + view.tenantId() + " built: " + users.size() + " users, " + groups.size()
                + " groups in " + (clock.millis() - started.toEpochMilli()) + " ms");
        return new DirectorySnapshot(view, catalogue, mapper, clock.instant(), users, groups);
    }

    private static Predicate<LuccaUser> distinctIds() {
        Set<Long> seen = new HashSet<>();
        return user -> seen.add(user.id());
    }
}
