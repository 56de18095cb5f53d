package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaUser;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tenant's snapshots: the current one, the one being built (and for which configuration), and, per
 * collection, the one pinned by the import in progress. Builds, write-backs and changes from Lucca's events may
 * come at once: the current snapshot is only replaced under this object's lock, and every change is remembered for
 * a while, so that a build which read Lucca before it puts it back in.
 */
final class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    /** The snapshot an import's first page used, kept while its pages keep coming. */
    private record Pin(DirectorySnapshot snapshot, Instant lastUsed) {
    }

    private record Build(TenantView view, boolean inFull, Instant startedAt, CompletableFuture<DirectorySnapshot> result) {
    }

    /**
     * A person as Lucca last said (its answer to a write-back, or a read after one of its events), or their removal,
     * kept so that a build which read Lucca before it does not undo it.
     *
     * @param user Lucca's state of the person; null when Lucca no longer has them
     */
    private record Change(long id, LuccaUser user, Instant at) {
    }

    /** Longer than any build takes; in a cluster, the snapshot taken may be as old as the tenant's TTL. */
    private static final Duration CHANGES_REMEMBERED = Duration.ofMinutes(15);

    private final TenantDirectories owner;
    private final Map<String, Pin> pins = new ConcurrentHashMap<>();
    private final Map<Long, Change> changes = new ConcurrentHashMap<>();
    private final AtomicLong nextPeekMillis = new AtomicLong(Long.MIN_VALUE);
    private final Object sharing = new Object();
    private volatile DirectorySnapshot snapshot;
    private volatile Instant failedAt = Instant.MIN;
    /** When the safeguard last held a build back: no other is started for a while, unless a full read is asked for. */
    private volatile Instant heldAt = Instant.MIN;
    private volatile String failure;
    private Build building;
    /** The last snapshot this instance published to the cluster; guarded by {@link #sharing}. */
    private DirectorySnapshot shared;

    TenantDirectory(TenantDirectories owner) {
        this.owner = owner;
    }

    DirectorySnapshot current(TenantView view) {
        Freshness freshness = owner.freshness(view);
        DirectorySnapshot served = heldFor(view, freshness);
        if (served == null) {
            return first(view, freshness);
        }
        // Live, or held back here: what another instance published (applied events, a released hold) is taken.
        if (freshness.followsEvents() || holding(view)) {
            served = peek(view, served, freshness);
        }
        // Refreshed ahead of need, so that Okta never waits for Lucca.
        if (freshness.stale(SnapshotStamp.of(served), owner.clock)) {
            refresh(view, freshness);
        }
        return served;
    }

    /** The first snapshot of this configuration; when the safeguard holds it, the one Okta had, if any. */
    private DirectorySnapshot first(TenantView view, Freshness freshness) {
        try {
            return owner.awaitFirst(refresh(view, freshness));
        } catch (SnapshotHeldException held) {
            return previousDuringHold(view).orElseThrow(() -> held);
        }
    }

    /**
     * What Okta had while a hold lasts: this instance's snapshot (of this configuration or the one before), else the
     * cluster's, however old (an instance started during a long hold).
     */
    private synchronized Optional<DirectorySnapshot> previousDuringHold(TenantView view) {
        if (snapshot == null) {
            snapshot = owner.shared.newer(view, null, stamp -> true).orElse(null);
        }
        return Optional.ofNullable(snapshot);
    }

    private boolean holding(TenantView view) {
        return heldAt.plus(view.ttl()).isAfter(owner.clock.instant());
    }

    DirectorySnapshot forImport(TenantView view, String collection, boolean firstPage) {
        Instant now = owner.clock.instant();
        Pin pin = pins.get(collection);
        boolean continuing = !firstPage && pin != null && pin.snapshot().view().equals(view)
                && pin.lastUsed().plus(Duration.ofMinutes(owner.timings.importPinMinutes())).isAfter(now);
        DirectorySnapshot served = continuing ? pin.snapshot() : current(view);
        pins.put(collection, new Pin(served, now));
        if (!continuing) {
            owner.recordImported(served);
        }
        return served;
    }

    DirectoryStatus status() {
        DirectorySnapshot served = snapshot;
        return new DirectoryStatus(Optional.ofNullable(served).map(DirectorySnapshot::builtAt),
                served == null ? 0 : served.users().size(), served == null ? 0 : served.groups().size(),
                failure == null ? Optional.empty() : Optional.of(new DirectoryStatus.Failure(failedAt, failure)),
                Optional.ofNullable(served).map(held -> held.source().fullReadAt()));
    }

    Optional<KnownDirectory> known(TenantView view) {
        return Optional.ofNullable(heldFor(view, owner.freshness(view))).map(KnownDirectory::of);
    }

    /** This instance's snapshot for the configuration, else one another instance published; null when neither has one. */
    private DirectorySnapshot heldFor(TenantView view, Freshness freshness) {
        DirectorySnapshot held = snapshot;
        if (held == null || !held.view().equals(view)) {
            held = adoptPublished(view, freshness);
        }
        return held != null && held.view().equals(view) ? held : null;
    }

    /** A snapshot another instance of the cluster built, still worth serving, becomes this one's. */
    private synchronized DirectorySnapshot adoptPublished(TenantView view, Freshness freshness) {
        DirectorySnapshot held = snapshot;
        if (held == null || !held.view().equals(view)) {
            adoptNewer(view, held, freshness);
        }
        return snapshot;
    }

    /**
     * At most once per {@code directory.livePeekMillis}: a snapshot another instance published since (it applied
     * Lucca's events, or read Lucca in full), looked for by its small stamp.
     */
    private DirectorySnapshot peek(TenantView view, DirectorySnapshot served, Freshness freshness) {
        long now = owner.clock.millis();
        long due = nextPeekMillis.get();
        if (now < due || !nextPeekMillis.compareAndSet(due, now + owner.timings.livePeekMillis())) {
            return served;
        }
        adoptNewer(view, served, freshness);
        DirectorySnapshot current = snapshot;
        return current != null && current.view().equals(view) ? current : served;
    }

    /**
     * What another instance published after {@code held}, if worth serving, replaces {@code held} (unless something
     * else did meanwhile), with the changes remembered here since its read of Lucca on top.
     */
    private void adoptNewer(TenantView view, DirectorySnapshot held, Freshness freshness) {
        owner.shared.newer(view, held, stamp -> freshness.servable(stamp, owner.clock)).ifPresent(published -> {
            synchronized (this) {
                if (snapshot == held) {
                    snapshot = withChangesSince(published, published.source().readAt());
                }
            }
        });
    }

    /** Starts reading Lucca for this configuration now, so that Okta's first import finds it read. */
    void prepare(TenantView view) {
        refresh(view, owner.freshness(view));
    }

    /**
     * Starts a full read of Lucca for this configuration unless one is running; after a build that is not a full
     * read, since it may not see what the caller knows changed.
     */
    synchronized void readInFull(TenantView view) {
        Build running = building;
        if (running != null && running.view().equals(view) && !running.result().isDone()) {
            if (!running.inFull()) {
                running.result().whenComplete((read, error) -> readInFull(view));
            }
            return;
        }
        start(view, new Freshness.InFullNow());
    }

    /**
     * Starts a build for this configuration unless one is running for it, or one failed so recently that Lucca
     * deserves a rest.
     */
    private synchronized CompletableFuture<DirectorySnapshot> refresh(TenantView view, Freshness freshness) {
        if (building != null && building.view().equals(view)) {
            CompletableFuture<DirectorySnapshot> result = building.result();
            Instant now = owner.clock.instant();
            boolean failedRecently = failedAt.plusSeconds(owner.timings.failedRefreshBackoffSeconds()).isAfter(now);
            // A held snapshot would be held again: Lucca is read again after the tenant's TTL, or when asked to.
            if (!result.isDone() || result.isCompletedExceptionally() && (failedRecently || holding(view))) {
                return result;
            }
        }
        return start(view, freshness);
    }

    private synchronized CompletableFuture<DirectorySnapshot> start(TenantView view, Freshness freshness) {
        Instant startedAt = owner.clock.instant();
        CompletableFuture<DirectorySnapshot> result;
        try {
            result = CompletableFuture.supplyAsync(() -> build(view, freshness, startedAt), owner.executor);
        } catch (RejectedExecutionException e) {
            result = CompletableFuture.failedFuture(e);
        }
        building = new Build(view, freshness.readsInFull(), startedAt, result);
        return result;
    }

    private DirectorySnapshot build(TenantView view, Freshness freshness, Instant startedAt) {
        try {
            // The changes remembered here go to the cluster with the build: the other instances may have them already.
            AtomicBoolean readHere = new AtomicBoolean();
            DirectorySnapshot built = owner.shared.refresh(view, snapshot, freshness, base -> {
                readHere.set(true);
                return checked(withChangesSinceRead(freshness.next(owner.builder, view, base), startedAt));
            });
            publish(built, readHere.get());
            heldAt = Instant.MIN;
            return built;
        } catch (SnapshotHeldException e) {
            heldAt = owner.clock.instant();
            throw e;
        } catch (RuntimeException e) {
            failedAt = owner.clock.instant();
            failure = e.getMessage();
            LOG.log(Level.WARNING, "Snapshot of tenant " + view.tenantId() + " could not be built", e);
            throw e;
        }
    }

    /** The snapshot read, once the safeguard lets it through: one that would deactivate too many people is held. */
    private DirectorySnapshot checked(DirectorySnapshot read) {
        owner.safeguard.check(read);
        return read;
    }

    /**
     * Published before the build's future completes, so no reader sees a finished build and no snapshot; a build
     * for a configuration that changed meanwhile is handed to its waiters but never becomes current. What it changed
     * is recorded when it was read here: the instance that read one taken from the cluster recorded it.
     */
    private synchronized void publish(DirectorySnapshot built, boolean readHere) {
        if (building != null && building.view().equals(built.view())) {
            DirectorySnapshot replaced = snapshot;
            snapshot = withChangesSinceRead(built, building.startedAt());
            if (readHere) {
                owner.publications.afterRead(replaced, snapshot);
            }
        }
    }

    /** Changes since Lucca was read may be missing: since the build began, or since another instance read it. */
    private DirectorySnapshot withChangesSinceRead(DirectorySnapshot read, Instant buildStartedAt) {
        Instant readAt = read.source().readAt();
        return withChangesSince(read, buildStartedAt.isBefore(readAt) ? buildStartedAt : readAt);
    }

    /**
     * The snapshot with the changes remembered since {@code since} put in, still the snapshot it was (its build time).
     * A person the snapshot has as Lucca changed them after the remembered change (another instance applied a newer
     * event) keeps what it has; at the same time, what was remembered is put in.
     */
    private DirectorySnapshot withChangesSince(DirectorySnapshot read, Instant since) {
        List<LuccaUser> changed = new ArrayList<>();
        Set<Long> removed = new HashSet<>();
        for (Change change : changes.values()) {
            if (change.at().isBefore(since)) {
                continue;
            }
            if (change.user() == null) {
                removed.add(change.id());
            } else if (!hasNewer(read, change.user())) {
                changed.add(change.user());
            }
        }
        return changed.isEmpty() && removed.isEmpty() ? read
                : owner.builder.withChanges(read.view(), read, changed, removed, read.builtAt());
    }

    /** Whether the snapshot shows the person as last modified in Lucca after the remembered time. */
    private boolean hasNewer(DirectorySnapshot read, LuccaUser remembered) {
        if (remembered.modifiedOn() == null) {
            return false;
        }
        Instant rememberedAt = remembered.modifiedOn().atZone(owner.clock.getZone()).toInstant();
        return read.user(Long.toString(remembered.id()))
                .map(user -> user.path("meta").path("lastModified").asText(""))
                .flatMap(TenantDirectory::instant)
                .map(lastModified -> lastModified.isAfter(rememberedAt))
                .orElse(false);
    }

    private static Optional<Instant> instant(String timestamp) {
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /**
     * Puts what Lucca answered to a write-back into the current snapshot, so the next read shows it, and
     * remembers it for the build in progress, if any.
     */
    synchronized void recordWrite(TenantView view, LuccaUser user) {
        remember(view, List.of(user), Set.of());
        if (snapshot != null) {
            DirectorySnapshot replaced = snapshot;
            snapshot = snapshot.represent(user).map(snapshot::withUser).orElse(snapshot);
            owner.publications.afterWrite(replaced, snapshot, user);
        }
    }

    /**
     * Puts Lucca's current state of some people, and the removal of others, into this configuration's snapshot (on
     * top of a newer one another instance published, if any), remembers them for the builds to come, and publishes
     * the result to the cluster; false when there is no snapshot for the configuration yet.
     */
    boolean applyChanges(TenantView view, List<LuccaUser> changed, Set<Long> removed) {
        synchronized (this) {
            DirectorySnapshot held = snapshot;
            adoptNewer(view, held, owner.freshness(view));
            remember(view, changed, removed);
            if (snapshot == null || !snapshot.view().equals(view)) {
                return false;
            }
            DirectorySnapshot replaced = snapshot;
            snapshot = owner.builder.withChanges(view, snapshot, changed, removed);
            owner.publications.afterEvents(replaced, snapshot, changed, removed);
        }
        share();
        return true;
    }

    /** The current snapshot to the cluster unless it is there already: one publication at a time, the latest last. */
    private void share() {
        synchronized (sharing) {
            DirectorySnapshot current = snapshot;
            if (current != shared) {
                owner.shared.publish(current);
                shared = current;
            }
        }
    }

    /** Remembers changes made now (a person both changed and removed stays changed), forgetting those long past. */
    private void remember(TenantView view, List<LuccaUser> changed, Set<Long> removed) {
        Instant now = owner.clock.instant();
        Duration remembered = view.ttl().compareTo(CHANGES_REMEMBERED) > 0 ? view.ttl() : CHANGES_REMEMBERED;
        changes.values().removeIf(change -> change.at().plus(remembered).isBefore(now));
        removed.forEach(id -> changes.put(id, new Change(id, null, now)));
        changed.forEach(user -> changes.put(user.id(), new Change(user.id(), user, now)));
    }
}
