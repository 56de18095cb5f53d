package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tenant's snapshots: the current one, the one being built (and for which configuration), and, per
 * collection, the one pinned by the import in progress.
 */
final class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    /** The snapshot an import's first page used, kept while its pages keep coming. */
    private record Pin(DirectorySnapshot snapshot, Instant lastUsed) {
    }

    private record Build(TenantView view, Instant startedAt, CompletableFuture<DirectorySnapshot> result) {
    }

    /** A user as Lucca answered a write-back, kept so that a build which read Lucca before it does not undo it. */
    private record Write(LuccaUser user, Instant at) {
    }

    /** Longer than any build takes; in a cluster, the snapshot taken may be as old as the tenant's TTL. */
    private static final Duration WRITES_REMEMBERED = Duration.ofMinutes(15);

    private final TenantDirectories owner;
    private final Map<String, Pin> pins = new ConcurrentHashMap<>();
    private final Map<Long, Write> writes = new ConcurrentHashMap<>();
    private volatile DirectorySnapshot snapshot;
    private volatile Instant failedAt = Instant.MIN;
    private volatile String failure;
    private Build building;

    TenantDirectory(TenantDirectories owner) {
        this.owner = owner;
    }

    DirectorySnapshot current(TenantView view) {
        DirectorySnapshot served = snapshot;
        if (served == null || !served.view().equals(view)) {
            served = adoptPublished(view);
        }
        if (served != null && served.view().equals(view)) {
            // Refreshed ahead of expiry, so that Okta reads data younger than the TTL without waiting for Lucca.
            if (served.age(owner.clock.instant()).compareTo(freshness(view)) >= 0) {
                refresh(view);
            }
            return served;
        }
        return owner.awaitFirst(refresh(view));
    }

    /** How old a snapshot may be before it is refreshed. */
    private static Duration freshness(TenantView view) {
        return view.ttl().multipliedBy(4).dividedBy(5);
    }

    DirectorySnapshot forImport(TenantView view, String collection, boolean firstPage) {
        Instant now = owner.clock.instant();
        Pin pin = pins.get(collection);
        boolean continuing = !firstPage && pin != null && pin.snapshot().view().equals(view)
                && pin.lastUsed().plus(Duration.ofMinutes(owner.importPinMinutes)).isAfter(now);
        DirectorySnapshot served = continuing ? pin.snapshot() : current(view);
        pins.put(collection, new Pin(served, now));
        return served;
    }

    DirectoryStatus status() {
        DirectorySnapshot served = snapshot;
        return new DirectoryStatus(Optional.ofNullable(served).map(DirectorySnapshot::builtAt),
                served == null ? 0 : served.users().size(), served == null ? 0 : served.groups().size(),
                failure == null ? Optional.empty() : Optional.of(new DirectoryStatus.Failure(failedAt, failure)));
    }

    /** A snapshot another instance of the cluster built, still within its TTL, becomes this one's. */
    private synchronized DirectorySnapshot adoptPublished(TenantView view) {
        if (snapshot == null || !snapshot.view().equals(view)) {
            owner.shared.published(view, view.ttl()).ifPresent(published -> snapshot = withWritesSince(published,
                    published.source().readAt()));
        }
        return snapshot;
    }

    /** Starts reading Lucca for this configuration now, so that Okta's first import finds it read. */
    void prepare(TenantView view) {
        refresh(view);
    }

    /**
     * Starts a build for this configuration unless one is running for it, or one failed so recently that Lucca
     * deserves a rest.
     */
    private synchronized CompletableFuture<DirectorySnapshot> refresh(TenantView view) {
        if (building != null && building.view().equals(view)) {
            CompletableFuture<DirectorySnapshot> result = building.result();
            boolean failedRecently = failedAt.plusSeconds(owner.failedRefreshBackoffSeconds).isAfter(owner.clock.instant());
            if (!result.isDone() || result.isCompletedExceptionally() && failedRecently) {
                return result;
            }
        }
        try {
            building = new Build(view, owner.clock.instant(), CompletableFuture.supplyAsync(() -> build(view), owner.executor));
        } catch (RejectedExecutionException e) {
            building = new Build(view, owner.clock.instant(), CompletableFuture.failedFuture(e));
        }
        return building.result();
    }

    private DirectorySnapshot build(TenantView view) {
        try {
            DirectorySnapshot built = owner.shared.refresh(view, snapshot, freshness(view),
                    base -> owner.builder.refresh(view, base));
            publish(built);
            return built;
        } catch (RuntimeException e) {
            failedAt = owner.clock.instant();
            failure = e.getMessage();
            LOG.log(Level.WARNING, "Snapshot of tenant " + view.tenantId() + " could not be built", e);
            throw e;
        }
    }

    /**
     * Published before the build's future completes, so no reader sees a finished build and no snapshot; a build
     * for a configuration that changed meanwhile is handed to its waiters but never becomes current.
     */
    private synchronized void publish(DirectorySnapshot built) {
        if (building != null && building.view().equals(built.view())) {
            // Writes since Lucca was read may be missing: since the build began, or since another instance read it.
            Instant readAt = built.source().readAt();
            snapshot = withWritesSince(built, building.startedAt().isBefore(readAt) ? building.startedAt() : readAt);
        }
    }

    private DirectorySnapshot withWritesSince(DirectorySnapshot read, Instant since) {
        DirectorySnapshot withWrites = read;
        for (Write write : writes.values()) {
            if (!write.at().isBefore(since)) {
                withWrites = withUser(withWrites, write.user());
            }
        }
        return withWrites;
    }

    /**
     * Puts what Lucca answered to a write-back into the current snapshot, so the next read shows it, and
     * remembers it for the build in progress, if any.
     */
    synchronized void recordWrite(TenantView view, LuccaUser user) {
        Instant now = owner.clock.instant();
        Duration remembered = view.ttl().compareTo(WRITES_REMEMBERED) > 0 ? view.ttl() : WRITES_REMEMBERED;
        writes.values().removeIf(write -> write.at().plus(remembered).isBefore(now));
        writes.put(user.id(), new Write(user, now));
        if (snapshot != null) {
            snapshot = withUser(snapshot, user);
        }
    }

    private static DirectorySnapshot withUser(DirectorySnapshot snapshot, LuccaUser user) {
        return snapshot.represent(user).map(snapshot::withUser).orElse(snapshot);
    }
}
