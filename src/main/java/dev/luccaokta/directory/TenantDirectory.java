package dev.luccaokta.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One tenant's snapshots: the current one, the one being built, and the one pinned by the latest import. */
final class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    private final TenantDirectories owner;
    private volatile DirectorySnapshot snapshot;
    private volatile Instant failedAt = Instant.MIN;
    private volatile DirectorySnapshot pinned;
    private volatile Instant pinnedAt = Instant.MIN;
    private CompletableFuture<DirectorySnapshot> building;

    TenantDirectory(TenantDirectories owner) {
        this.owner = owner;
    }

    DirectorySnapshot current(TenantView view) {
        DirectorySnapshot served = snapshot;
        if (served != null && served.view().equals(view)) {
            if (served.age(owner.clock.instant()).compareTo(view.ttl()) >= 0) {
                refresh(view);
            }
            return served;
        }
        return owner.awaitFirst(refresh(view));
    }

    DirectorySnapshot forImport(TenantView view, boolean firstPage) {
        Instant now = owner.clock.instant();
        if (firstPage) {
            DirectorySnapshot served = current(view);
            pinned = served;
            pinnedAt = now;
            return served;
        }
        DirectorySnapshot importing = pinned;
        boolean recent = pinnedAt.plus(Duration.ofMinutes(owner.importPinMinutes)).isAfter(now);
        return importing != null && recent && importing.view().equals(view) ? importing : current(view);
    }

    /** Starts a build unless one is running, or one failed so recently that Lucca deserves a rest. */
    private synchronized CompletableFuture<DirectorySnapshot> refresh(TenantView view) {
        if (building != null && !building.isDone()) {
            return building;
        }
        boolean failedRecently = failedAt.plusSeconds(owner.failedRefreshBackoffSeconds).isAfter(owner.clock.instant());
        if (building != null && building.isCompletedExceptionally() && failedRecently) {
            return building;
        }
        building = CompletableFuture.supplyAsync(() -> build(view), owner.executor);
        return building;
    }

    private DirectorySnapshot build(TenantView view) {
        try {
            // Published before the future completes, so no reader can see a finished build and no snapshot.
            DirectorySnapshot built = owner.builder.build(view);
            snapshot = built;
            return built;
        } catch (RuntimeException e) {
            failedAt = owner.clock.instant();
            LOG.log(Level.WARNING, "Snapshot of tenant " + view.tenantId() + " could not be built: " + e.getMessage());
            throw e;
        }
    }
}
