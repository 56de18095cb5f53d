package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds a tenant's snapshot. In full: reads its whole Lucca directory (about N/1000 + 5 calls), maps users and
 * groups under the tenant's selection, and versions every representation. Between full reads, incrementally:
 * reads only the users Lucca changed since the previous snapshot's latest change ({@code modifiedAt}) plus the
 * organisation (about 6 calls whatever N), and maps those users again. A full read happens for a first snapshot,
 * a new configuration, a new day (contracts start and end by the day), a changed organisation, and at least every
 * {@code directory.fullRefreshHours} (which also catches people deleted from Lucca).
 */
@ApplicationScoped
public class SnapshotBuilder {

    private static final Logger LOG = Logger.getLogger(SnapshotBuilder.class.getName());

    /** Read changes from a little before the latest one seen: a change being saved as Lucca was read is not missed. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final LuccaDirectoryReader reader;
    private final Clock clock;
    private final long fullRefreshHours;

    @Inject
    public SnapshotBuilder(LuccaDirectoryReader reader, Clock clock,
                           @ConfigProperty(name = "directory.fullRefreshHours") long fullRefreshHours) {
        this.reader = reader;
        this.clock = clock;
        this.fullRefreshHours = fullRefreshHours;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected SnapshotBuilder() {
        this(null, null, 0);
    }

    /** A snapshot from a full read of Lucca. */
    public DirectorySnapshot build(TenantView view) {
        return build(view, null);
    }

    /**
     * The same, following {@code previous} (null when there is none): a representation that comes out as it was there
     * is stored once for both, and what searches of it worked out is carried over.
     */
    public DirectorySnapshot build(TenantView view, DirectorySnapshot previous) {
        Instant started = clock.instant();
        LuccaDirectoryData data = reader.read(view.lucca(), view.selectedProperties().stream()
                .filter(code -> code.startsWith(PropertyCatalogue.CUSTOM_FIELD_PREFIX)).collect(Collectors.toSet()));
        List<LuccaUser> ordered = data.users().stream().filter(distinctIds()).sorted(Comparator.comparingLong(LuccaUser::id)).toList();
        Mapping mapping = previous == null
                ? new Mapping(view, data, LocalDate.now(clock), started, started, null)
                : new Mapping(view, data, LocalDate.now(clock), started, started, previous);
        ordered.forEach(mapping::add);
        DirectorySnapshot built = mapping.snapshot(latestChange(data.users(), null, started));
        LOG.info(() -> "Snapshot of tenant " + view.tenantId() + " built: " + built.users().size() + " users, "
                + built.groups().size() + " groups in " + (clock.millis() - started.toEpochMilli()) + " ms");
        return built;
    }

    /** The next snapshot after {@code previous} (null when there is none): incremental when it can be. */
    public DirectorySnapshot refresh(TenantView view, DirectorySnapshot previous) {
        if (!incrementalPossible(view, previous)) {
            return build(view, previous);
        }
        SnapshotSource source = previous.source();
        Instant started = clock.instant();
        LuccaDirectoryData changes = reader.readChanges(view.lucca(), source.highWater().minus(OVERLAP));
        if (!source.sameOrganisation(changes)) {
            LOG.info(() -> "Lucca's organisation of tenant " + view.tenantId() + " changed: reading it in full");
            return build(view);
        }
        Mapping mapping = new Mapping(view, changes, source.mappedOn(), source.fullReadAt(), started, previous);
        int changed = merge(mapping, previous, changes.users(), Set.of());
        DirectorySnapshot built = mapping.snapshot(latestChange(changes.users(), source.highWater(), started));
        LOG.info(() -> "Snapshot of tenant " + view.tenantId() + " refreshed: " + changed + " changed users read, "
                + built.users().size() + " users in " + (clock.millis() - started.toEpochMilli()) + " ms");
        return built;
    }

    /**
     * {@code previous} with Lucca's current state of some people put in: each changed person mapped again (a leaver
     * past the grace period drops out, as in a full read), the removed ids dropped, everyone else kept as they were,
     * and the groups made again from the members (a move between departments moves the person between groups).
     * Lucca is not read: what the previous snapshot knew of its organisation and when it read Lucca are kept. A
     * person both changed and removed is kept as changed, since Lucca answered with them.
     *
     * <pre>{@code
     * DirectorySnapshot next = builder.withChanges(view, current, List.of(reread), Set.of(deletedId));
     * }</pre>
     */
    public DirectorySnapshot withChanges(TenantView view, DirectorySnapshot previous, List<LuccaUser> changed,
                                         Set<Long> removed) {
        return withChanges(view, previous, changed, removed, clock.instant());
    }

    /** The same, stamped as built at {@code builtAt}: changes replayed onto a snapshot keep it the one it was. */
    DirectorySnapshot withChanges(TenantView view, DirectorySnapshot previous, List<LuccaUser> changed, Set<Long> removed,
                                  Instant builtAt) {
        SnapshotSource source = previous.source();
        Mapping mapping = new Mapping(view, source.organisation(), source.mappedOn(), source.fullReadAt(), source.readAt(),
                previous);
        merge(mapping, previous, changed, removed);
        return mapping.snapshot(source.highWater(), builtAt);
    }

    /**
     * Maps the changed users into the previous snapshot's id order, keeping the others as they are unless removed;
     * the number of distinct changed users.
     */
    private static int merge(Mapping mapping, DirectorySnapshot previous, List<LuccaUser> changed, Set<Long> removed) {
        Map<Long, LuccaUser> latest = new TreeMap<>();
        changed.forEach(user -> latest.put(user.id(), user));
        List<LuccaUser> newcomers = List.copyOf(latest.values());
        CompactNodes previousUsers = previous.compactUsers();
        List<LuccaUser> previousMembers = previous.source().members();
        int at = 0;
        int next = 0;
        while (at < previousMembers.size() || next < newcomers.size()) {
            long kept = at < previousMembers.size() ? previousMembers.get(at).id() : Long.MAX_VALUE;
            long fresh = next < newcomers.size() ? newcomers.get(next).id() : Long.MAX_VALUE;
            if (fresh <= kept) {
                mapping.add(newcomers.get(next++));
                if (fresh == kept) {
                    at++;
                }
            } else {
                if (!removed.contains(kept)) {
                    mapping.keep(previousUsers, at, previousMembers.get(at));
                }
                at++;
            }
        }
        return newcomers.size();
    }

    private boolean incrementalPossible(TenantView view, DirectorySnapshot previous) {
        // Lucca's current API has no "changed since" filter: every refresh of a tenant reading it is a full read.
        if (previous == null || !previous.view().equals(view) || previous.source().highWater() == null
                || view.lucca().readsLuccaApi()) {
            return false;
        }
        SnapshotSource source = previous.source();
        return source.mappedOn().equals(LocalDate.now(clock))
                && source.fullReadAt().plus(Duration.ofHours(fullRefreshHours)).isAfter(clock.instant());
    }

    /**
     * The latest modification seen, never later than when the read began: one record stamped in the future (bad
     * data, another time zone) must not make the next refreshes skip every real change until then.
     */
    private LocalDateTime latestChange(List<LuccaUser> users, LocalDateTime known, Instant readStarted) {
        LocalDateTime latest = users.stream().map(LuccaUser::modifiedOn).filter(Objects::nonNull)
                .reduce(known, (a, b) -> a == null || b.isAfter(a) ? b : a);
        LocalDateTime started = LocalDateTime.ofInstant(readStarted, clock.getZone());
        return latest == null || latest.isBefore(started) ? latest : started;
    }

    private static Predicate<LuccaUser> distinctIds() {
        Set<Long> seen = new HashSet<>();
        return user -> seen.add(user.id());
    }

    /** The users and group memberships of a snapshot being made, in id order. */
    private final class Mapping {
        private final TenantView view;
        private final LuccaDirectoryData data;
        private final LocalDate mappedOn;
        private final Instant fullReadAt;
        private final Instant readAt;
        private final PropertyCatalogue catalogue;
        private final OrgStructure org;
        private final UserMapper mapper;
        private final CompactNodes.Builder users;
        private final List<LuccaUser> members = new ArrayList<>();
        /** The snapshot this one follows, whose representations may be kept, or null. */
        private final DirectorySnapshot previous;

        Mapping(TenantView view, LuccaDirectoryData data, LocalDate mappedOn, Instant fullReadAt, Instant readAt,
                DirectorySnapshot previous) {
            this.previous = previous;
            this.users = CompactNodes.continuing(previous == null ? CompactNodes.of(List.of()) : previous.compactUsers());
            this.view = view;
            this.data = data;
            this.mappedOn = mappedOn;
            this.fullReadAt = fullReadAt;
            this.readAt = readAt;
            this.catalogue = PropertyCatalogue.of(data.extendedDataDefinitions());
            this.org = new OrgStructure(data);
            this.mapper = new UserMapper(catalogue, view, org, mappedOn, clock.getZone());
        }

        /** A user read from Lucca: listed unless they left longer ago than the grace period. */
        void add(LuccaUser user) {
            mapper.map(user).ifPresent(node -> {
                RepresentationVersion.stamp(node);
                if (previous == null) {
                    users.add(node);
                } else {
                    users.add(node, previous.compactUsers(), previous.userPosition(Long.toString(user.id())));
                }
                members.add(SnapshotSource.member(user));
            });
        }

        /** A user Lucca did not change, as the previous snapshot had them. */
        void keep(CompactNodes previous, int index, LuccaUser member) {
            users.keep(previous, index);
            members.add(member);
        }

        DirectorySnapshot snapshot(LocalDateTime highWater) {
            return snapshot(highWater, clock.instant());
        }

        DirectorySnapshot snapshot(LocalDateTime highWater, Instant builtAt) {
            List<ObjectNode> groups = new GroupMapper(data, org, view.groupTypes()).map(members);
            groups.forEach(RepresentationVersion::stamp);
            LuccaDirectoryData organisation = new LuccaDirectoryData(List.of(), data.departments(), data.establishments(),
                    data.legalUnits(), data.countries(), data.extendedDataDefinitions());
            SnapshotSource source = new SnapshotSource(fullReadAt, readAt, mappedOn, highWater, organisation, List.copyOf(members));
            return new DirectorySnapshot(view, catalogue, mapper, source, builtAt, users.build(), groups,
                    previous == null ? new SnapshotMemo() : previous.carriedMemo());
        }
    }
}
