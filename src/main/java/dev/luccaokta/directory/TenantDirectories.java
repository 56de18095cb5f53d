package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.lucca.LuccaUrlRefusedException;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every tenant's current snapshot, refreshed in the background once older than the tenant's TTL, one
 * refresh at a time per tenant. A tenant whose snapshot Lucca's events keep fresh ({@link LiveChanges}) is not
 * refreshed by age: each change comes through {@link #applyChanges}, and Lucca is read in full once a day. Readers never wait for a refresh of a snapshot built for the tenant's current
 * configuration; the first snapshot (or the first after a change of configuration) is waited for a short while
 * ({@code directory.firstBuildWaitMillis}), after which Okta is told to retry while the build goes on in the
 * background: a slow Lucca never holds the server's request threads for long. The pages of one import are served from the snapshot its first
 * page used, so a refresh between two pages never shifts Okta's paging.
 *
 * <pre>{@code
 * DirectorySnapshot firstPage = directories.forImport(view, "Users", true);
 * DirectorySnapshot laterPage = directories.forImport(view, "Users", false);   // the same snapshot
 * directories.applyChanges(view, List.of(rereadAfterEvent), Set.of(deletedId));  // live: in the snapshot at once
 * }</pre>
 */
@ApplicationScoped
public class TenantDirectories {

    private static final Logger LOG = Logger.getLogger(TenantDirectories.class.getName());
    /** When Okta is told to come back after a failed read, unless the connector knows better. */
    private static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(60);

    private final Map<String, TenantDirectory> directories = new ConcurrentHashMap<>();

    final SnapshotBuilder builder;
    final SharedSnapshots shared;
    private final SnapshotAgeGauges gauges;
    final SnapshotSafeguard safeguard;
    final PublicationRecorder publications;
    final Clock clock;
    private final Instance<LiveChanges> liveChanges;
    final DirectoryTimings timings;

    /** A container resource, which only a field takes. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    public TenantDirectories(SnapshotBuilder builder, SharedSnapshots shared, SnapshotAgeGauges gauges,
                             SnapshotSafeguard safeguard, PublicationRecorder publications, Clock clock,
                             Instance<LiveChanges> liveChanges, DirectoryTimings timings) {
        this.builder = builder;
        this.shared = shared;
        this.gauges = gauges;
        this.safeguard = safeguard;
        this.publications = publications;
        this.clock = clock;
        this.liveChanges = liveChanges;
        this.timings = timings;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected TenantDirectories() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The freshest usable snapshot, starting a refresh when it is stale. */
    public DirectorySnapshot current(TenantView view) {
        return directory(view).current(view);
    }

    /**
     * The snapshot for one page of a full listing of a collection: the first page takes the current snapshot
     * and pins it; continuation pages get the pinned one while they keep coming and the configuration is the
     * same. Each collection has its own pin, so a Groups import never moves a Users import.
     */
    public DirectorySnapshot forImport(TenantView view, String collection, boolean firstPage) {
        return directory(view).forImport(view, collection, firstPage);
    }

    /**
     * Lucca's answer to a write-back, put into the tenant's snapshot so that Okta reads its own write without
     * waiting for a refresh.
     */
    public void recordWrite(TenantView view, LuccaUser user) {
        directory(view).recordWrite(view, user);
    }

    /**
     * Lucca's current state of some people (read again after its events) and the ids it no longer has, put into the
     * tenant's current snapshot for this configuration at once: the people mapped again, their groups made again from
     * the members. The result goes to the other instances of a cluster, and the changes are remembered so that a build
     * which read Lucca before them does not undo them.
     *
     * @return false when there is no snapshot for this configuration yet: the build to come, with the remembered
     *         changes on top, covers them
     */
    public boolean applyChanges(TenantView view, List<LuccaUser> changed, Set<Long> removed) {
        return directory(view).applyChanges(view, changed, removed);
    }

    /** What the tenant's snapshot for this configuration knew of Lucca; empty without one. */
    public Optional<KnownDirectory> known(TenantView view) {
        return directory(view).known(view);
    }

    /**
     * Starts a full read of the tenant's Lucca in the background (its organisation changed, or events were missed),
     * unless one is already running for this configuration; never waits for it.
     */
    public void readInFull(TenantView view) {
        directory(view).readInFull(view);
    }

    /** Remembers, in the background, the people of the snapshot an import of Okta's starts on: the safeguard's baseline. */
    void recordImported(DirectorySnapshot served) {
        try {
            executor.execute(() -> safeguard.recordImported(served));
        } catch (RejectedExecutionException e) {
            LOG.warning("The people of tenant " + served.view().tenantId() + "'s import could not be remembered now");
        }
    }

    /** Starts a tenant's first read of Lucca in the background, as soon as it is set up rather than at Okta's first request. */
    public void prepare(TenantView view) {
        directory(view).prepare(view);
    }

    /** What is known of the tenant's snapshot and its last failure, without building anything. */
    public DirectoryStatus status(String tenantId) {
        TenantDirectory directory = directories.get(tenantId);
        return directory == null ? DirectoryStatus.NONE : directory.status();
    }

    /** Forgets a deleted tenant's snapshots. */
    public void evict(String tenantId) {
        if (directories.remove(tenantId) != null) {
            gauges.forget(tenantId);
        }
        shared.forget(tenantId);
    }

    /** How the tenant's snapshot is kept fresh: by Lucca's events when they keep it live, else by its TTL. */
    Freshness freshness(TenantView view) {
        return isLive(view.tenantId()) ? new Freshness.ByEvents(Duration.ofHours(timings.liveFullReadHours()))
                : new Freshness.ByTtl(view.ttl());
    }

    /** Live only when the events package says so; without it, or when it fails, the tenant is served by its TTL. */
    private boolean isLive(String tenantId) {
        try {
            return liveChanges.isResolvable() && liveChanges.get().isLive(tenantId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Whether tenant " + tenantId + " is live could not be told; its TTL applies", e);
            return false;
        }
    }

    private TenantDirectory directory(TenantView view) {
        return directories.computeIfAbsent(view.tenantId(), id -> {
            TenantDirectory created = new TenantDirectory(this);
            gauges.watch(id, created::status);
            return created;
        });
    }

    DirectorySnapshot awaitFirst(CompletableFuture<DirectorySnapshot> build) {
        try {
            return build.get(timings.firstBuildWaitMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DirectoryUnavailableException("The first snapshot of this Lucca directory is still being built",
                    Duration.ofSeconds(timings.firstBuildRetryAfterSeconds()), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SnapshotHeldException held) {
                throw held;
            }
            if (cause instanceof LuccaFailure failure) {
                throw unavailable(failure);
            }
            // The Rest Client's I/O failures, or no thread free to build with: worth retrying later too.
            if (cause instanceof ProcessingException || cause instanceof RejectedExecutionException) {
                throw unreadable(READ_AGAIN_AFTER, cause);
            }
            // A defect, not Lucca's bad minute: it must surface as one, not as "try again later".
            throw new IllegalStateException("The directory snapshot could not be built", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while waiting for Lucca", Duration.ofSeconds(5), e);
        }
    }

    /** Lucca out of reach for now, whatever the way: Okta is told when to come back. */
    private static DirectoryUnavailableException unavailable(LuccaFailure failure) {
        return switch (failure.kind()) {
            // The tenant's stored URL, refused since the settings changed: Lucca is out of reach until it is fixed.
            case URL_REFUSED, HOST_UNRESOLVED -> new DirectoryUnavailableException(failure.getMessage(),
                    LuccaUrlRefusedException.RETRY_AFTER, failure);
            case UNAVAILABLE -> unreadable(failure.retryAfter().orElse(READ_AGAIN_AFTER), failure);
            case ERROR_STATUS, TOKEN_REFUSED, UNUSABLE_ANSWER, TRANSIENT, THROTTLED ->
                    unreadable(READ_AGAIN_AFTER, failure);
        };
    }

    /** Lucca's own words stay in the log: they may name internal hosts or carry a proxy's page. */
    private static DirectoryUnavailableException unreadable(Duration retryAfter, Throwable cause) {
        return new DirectoryUnavailableException("Lucca could not be read for now; the connector keeps trying",
                retryAfter, cause);
    }
}
