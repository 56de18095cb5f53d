package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.PublicationSource;
import dev.luccaokta.tenant.PublishedChange;
import dev.luccaokta.tenant.SnapshotPublication;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Records what each publication of a tenant's snapshot changed for Okta, against the snapshot it replaced
 * ({@link SnapshotDiff}, stored in the {@link ChangeLog}): the first {@value #LISTED} changes listed, all of them
 * counted. A first snapshot, with nothing to compare with, is recorded with its size only; a publication that changes
 * nothing for Okta is not recorded. The comparison and the write run on the managed executor, so that recording
 * never delays a publication, and a failure to record is logged, never passed on.
 *
 * <pre>{@code
 * publications.afterRead(replaced, published);                 // a build: a full read or Lucca's changes
 * publications.afterEvents(replaced, published, changed, removed);
 * publications.afterWrite(replaced, published, luccaAnswer);
 * }</pre>
 */
@ApplicationScoped
public class PublicationRecorder {

    private static final Logger LOG = Logger.getLogger(PublicationRecorder.class.getName());
    /** Changes listed per publication; the counts say how many in all. */
    static final int LISTED = 5_000;

    private final ChangeLog changeLog;
    private final Clock clock;

    /** A container resource, which only a field takes. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    public PublicationRecorder(ChangeLog changeLog, Clock clock) {
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected PublicationRecorder() {
        this(null, null);
    }

    /** A snapshot read from Lucca, in full or its changes, replaced {@code replaced} (null when there was none). */
    void afterRead(DirectorySnapshot replaced, DirectorySnapshot published) {
        SnapshotSource source = published.source();
        PublicationSource from = source.fullReadAt().equals(source.readAt()) ? PublicationSource.FULL_READ
                : PublicationSource.REFRESH;
        record(from, replaced, published, () -> SnapshotDiff.between(replaced, published, LISTED));
    }

    /** Lucca's events changed or removed these people: only they are compared, and the groups. */
    void afterEvents(DirectorySnapshot replaced, DirectorySnapshot published, List<LuccaUser> changed, Set<Long> removed) {
        List<Long> people = Stream.concat(changed.stream().map(LuccaUser::id), removed.stream()).toList();
        record(PublicationSource.EVENTS, replaced, published,
                () -> SnapshotDiff.forPeople(replaced, published, people, LISTED));
    }

    /** Lucca's answer to a write Okta made was put in. */
    void afterWrite(DirectorySnapshot replaced, DirectorySnapshot published, LuccaUser written) {
        record(PublicationSource.WRITE_BACK, replaced, published,
                () -> SnapshotDiff.forPeople(replaced, published, List.of(written.id()), LISTED));
    }

    private void record(PublicationSource from, DirectorySnapshot replaced, DirectorySnapshot published,
                        Supplier<SnapshotDiff> diff) {
        if (replaced == published) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String tenantId = published.view().tenantId();
        try {
            executor.execute(() -> store(tenantId, at, from, replaced == null ? null : diff, published));
        } catch (RejectedExecutionException e) {
            LOG.warning(LogLine.of("changes-not-recorded", "tenant", tenantId, "source", from, "error",
                    e.getClass().getSimpleName()));
        }
    }

    /** @param diff null for a first snapshot */
    private void store(String tenantId, OffsetDateTime at, PublicationSource from, Supplier<SnapshotDiff> diff,
                       DirectorySnapshot published) {
        try {
            int people = published.users().size();
            int groups = published.groups().size();
            if (diff == null) {
                changeLog.record(new SnapshotPublication(tenantId, at, from, true, people, groups, Map.of(), 0), List.of());
                return;
            }
            SnapshotDiff found = diff.get();
            if (found.isEmpty()) {
                return;
            }
            SnapshotPublication publication = new SnapshotPublication(tenantId, at, from, false, people, groups,
                    found.counts(), found.listed().size());
            List<PublishedChange> rows = new ArrayList<>();
            for (ChangedResource change : found.listed()) {
                rows.add(new PublishedChange(publication, rows.size(), change.kind(), change.resourceType(), change.id(),
                        change.name(), change.attributes(), change.membersAdded(), change.membersRemoved()));
            }
            changeLog.record(publication, rows);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("changes-not-recorded", "tenant", tenantId, "source", from, "error",
                    e.getClass().getSimpleName()), e);
        }
    }
}
