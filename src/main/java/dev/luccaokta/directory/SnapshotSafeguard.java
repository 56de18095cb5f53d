package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.luccaokta.directory.PeopleSeen.Person;
import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.tenant.ImportBaseline;
import dev.luccaokta.tenant.SafeImportRecords;
import dev.luccaokta.tenant.SnapshotHold;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Holds back a snapshot that would make Okta deactivate many people at once: before a snapshot read from Lucca is
 * published it is compared with the people Okta last imported ({@link ImportBaseline}); over the tenant's
 * threshold it is held ({@link SnapshotHold}), Okta keeps getting the previous one, and an administrator releases
 * or discards it. Holds, releases, discards and the publication that ends a hold are audited. Changes Okta writes
 * and single changes from Lucca's events are not checked: they touch one person each.
 *
 * <pre>{@code
 * safeguard.check(next);            // throws SnapshotHeldException when held
 * safeguard.recordImported(served); // at the first page of Okta's import
 * }</pre>
 */
@ApplicationScoped
public class SnapshotSafeguard {

    private static final Logger LOG = Logger.getLogger(SnapshotSafeguard.class.getName());
    /** People listed with their reason in a hold, for the administrator; the counts say how many in all. */
    static final int SAMPLE = 20;
    private static final String CONNECTOR = "connector";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SafeImportRecords records;

    @Inject
    TenantRepository tenants;

    @Inject
    AuditRepository audit;

    /** The snapshot each tenant's baseline was last recorded from here, so that it is written once per snapshot. */
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    /**
     * Lets a snapshot read from Lucca be published, or holds it.
     *
     * @throws SnapshotHeldException when it would deactivate or drop more people than the tenant allows
     */
    void check(DirectorySnapshot next) {
        String tenantId = next.view().tenantId();
        Optional<ImportDiff> found = diffWithLastImport(next);
        Optional<SnapshotHold> hold = records.hold(tenantId);
        if (found.isEmpty() || !threshold(tenantId).holds(found.get())) {
            if (hold.isPresent() && records.endHold(tenantId)) {
                record(tenantId, CONNECTOR, AuditOutcome.SNAPSHOT_PUBLISHED, found.map(diff -> "Published: no longer over"
                        + " the threshold (" + summary(diff) + ")").orElse("Published: no import of Okta's to compare with"),
                        List.of());
            }
            return;
        }
        ImportDiff diff = found.get();
        if (hold.isPresent() && hold.get().allows(diff.affected())) {
            records.endHold(tenantId);
            // What was let through is the reference now, as if Okta had imported it: the reads before Okta's next
            // import are not held again for the same people.
            saveBaseline(next);
            record(tenantId, hold.get().getReleasedBy().orElse(CONNECTOR), AuditOutcome.SNAPSHOT_PUBLISHED,
                    "Published as released: " + summary(diff), sample(diff));
            return;
        }
        String cause = LikelyCause.of(diff);
        List<Reasoned> sample = sample(diff);
        boolean beyondRelease = hold.flatMap(SnapshotHold::getAllowed).isPresent();
        try {
            records.updateHold(tenantId, held -> held.found(diff.baseActive(), diff.affected(), diff.deactivated().size(),
                    diff.vanished().size(), cause, json(sample)));
        } catch (RuntimeException e) {
            // Another instance held the same read at the same moment and made the row first: held all the same.
            if (records.hold(tenantId).isEmpty()) {
                throw e;
            }
            throw new SnapshotHeldException(tenantId);
        }
        if (hold.isEmpty() || beyondRelease) {
            record(tenantId, CONNECTOR, AuditOutcome.SNAPSHOT_HELD, (beyondRelease ? "Held again, beyond the release: "
                    : "Held: ") + summary(diff) + ". " + cause, sample);
            LOG.warning(LogLine.of("snapshot-held", "tenant", tenantId, "affected", diff.affected(), "activeBefore",
                    diff.baseActive()));
        }
        throw new SnapshotHeldException(tenantId);
    }

    /** What Okta's next import of {@code next} would do to the people its last import saw; empty before any import. */
    public Optional<ImportDiff> diffWithLastImport(DirectorySnapshot next) {
        String tenantId = next.view().tenantId();
        return records.baseline(tenantId).flatMap(baseline -> {
            try {
                return Optional.of(ImportDiff.between(PeopleSeen.decode(baseline.getContent()), PeopleSeen.of(next)));
            } catch (IllegalArgumentException unreadable) {
                // Better an unchecked snapshot than one held forever against a baseline nobody can read.
                LOG.log(Level.WARNING, LogLine.of("import-baseline-unreadable", "tenant", tenantId), unreadable);
                return Optional.empty();
            }
        });
    }

    /** Remembers the people of a snapshot Okta's import starts on, once per snapshot; never fails the import. */
    void recordImported(DirectorySnapshot served) {
        String tenantId = served.view().tenantId();
        if (served.builtAt().equals(recorded.get(tenantId))) {
            return;
        }
        try {
            saveBaseline(served);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("import-baseline-not-stored", "tenant", tenantId, "error",
                    e.getClass().getSimpleName()), e);
        }
    }

    /** The snapshot's people as the baseline, unless a newer snapshot's are stored already (a late import elsewhere). */
    private void saveBaseline(DirectorySnapshot snapshot) {
        PeopleSeen people = PeopleSeen.of(snapshot);
        records.saveBaseline(new ImportBaseline(snapshot.view().tenantId(), snapshot.builtAt().atOffset(ZoneOffset.UTC),
                people.size(), people.active(), people.encode()));
        recorded.put(snapshot.view().tenantId(), snapshot.builtAt());
    }

    /**
     * Lets the held snapshot's deactivations through: the next snapshot read publishes if it deactivates or drops no
     * more people than the one held; false when nothing is held.
     */
    public boolean release(String tenantId, String by) {
        Optional<SnapshotHold> released = records.release(tenantId, by);
        released.ifPresent(hold -> record(tenantId, by, AuditOutcome.SNAPSHOT_RELEASED, "Released: up to "
                + hold.getAllowed().orElse(0) + " people may be deactivated or dropped by the next snapshot", List.of()));
        return released.isPresent();
    }

    /** Forgets the held snapshot: Okta keeps the previous one and the next read is checked again; false when none. */
    public boolean discard(String tenantId, String by) {
        boolean ended = records.endHold(tenantId);
        if (ended) {
            record(tenantId, by, AuditOutcome.SNAPSHOT_DISCARDED, "Discarded: the next snapshot read is checked again",
                    List.of());
        }
        return ended;
    }

    public Optional<SnapshotHold> hold(String tenantId) {
        return records.hold(tenantId);
    }

    public Optional<ImportBaseline> baseline(String tenantId) {
        return records.baseline(tenantId);
    }

    /** A person with what would happen to them, as holds and dry runs list them. */
    @Schema(name = "ChangedPerson")
    public record Reasoned(String id, String name, String establishment, String reason) {
    }

    /** The people the diff lists, deactivated and gone first, each with its reason; at most {@code limit}. */
    public static List<Reasoned> reasoned(ImportDiff diff, int limit) {
        return Stream.of(
                diff.deactivated().stream().map(person -> reasoned(person, "active in Okta's last import, inactive now")),
                diff.vanished().stream().map(person -> reasoned(person, person.active()
                        ? "active in Okta's last import, no longer returned by Lucca"
                        : "inactive in Okta's last import, no longer returned by Lucca")),
                diff.reactivated().stream().map(person -> reasoned(person, "inactive in Okta's last import, active now")),
                diff.added().stream().map(person -> reasoned(person, "new since Okta's last import")))
                .flatMap(reasons -> reasons).limit(limit).toList();
    }

    private static Reasoned reasoned(Person person, String reason) {
        return new Reasoned(person.id(), person.name(), person.establishment(), reason);
    }

    /** Those the snapshot would deactivate: made inactive, then gone. */
    private static List<Reasoned> sample(ImportDiff diff) {
        return reasoned(new ImportDiff(diff.before(), diff.after(), diff.deactivated(), diff.vanished(), List.of(),
                List.of()), SAMPLE);
    }

    private static String summary(ImportDiff diff) {
        return diff.affected() + " of the " + diff.baseActive() + " people active in Okta's last import would be"
                + " deactivated (" + diff.deactivated().size() + " made inactive, " + diff.vanished().size()
                + " no longer returned)";
    }

    private SafeguardThreshold threshold(String tenantId) {
        return tenants.findById(tenantId).map(tenant -> new SafeguardThreshold(tenant.getSafeguardPercent(),
                tenant.getSafeguardMinimum())).orElse(new SafeguardThreshold(Tenant.DEFAULT_SAFEGUARD_PERCENT,
                Tenant.DEFAULT_SAFEGUARD_MINIMUM));
    }

    private void record(String tenantId, String by, AuditOutcome outcome, String detail, List<Reasoned> people) {
        audit.add(new AuditEntry(tenantId, "safeguard", "SNAPSHOT", by, json(people), "[]", null, outcome, detail));
    }

    private static String json(List<Reasoned> people) {
        ArrayNode array = JSON.createArrayNode();
        people.forEach(person -> array.addObject().put("id", person.id()).put("name", person.name())
                .put("establishment", person.establishment()).put("reason", person.reason()));
        return array.toString();
    }
}
