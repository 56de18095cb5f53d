package dev.luccaokta.directory;

import dev.luccaokta.cluster.ClusterStores;
import dev.luccaokta.cluster.SharedStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tenants' snapshots shared between the instances of a cluster, so that Lucca is read once for all of them: an
 * instance about to refresh first takes a snapshot another one published if it is fresh enough; otherwise it
 * takes the tenant's refresh lease, reads Lucca and publishes what it built, while the others wait for that
 * rather than read Lucca too. A lease outlives a crashed holder by at most {@code directory.sharedLeaseSeconds}.
 * A snapshot changed by Lucca's events is published too, and instances serving that tenant take it when they next
 * look. When the connector runs alone, a refresh is just the build.
 *
 * <pre>{@code
 * DirectorySnapshot next = shared.refresh(view, current, new Freshness.ByTtl(view.ttl()), base -> builder.refresh(view, base));
 * shared.newer(view, current, stamp -> true).ifPresent(adopted -> ...);   // what another instance published since
 * }</pre>
 */
@ApplicationScoped
public class SharedSnapshots {

    private static final Logger LOG = Logger.getLogger(SharedSnapshots.class.getName());

    /** How often a waiting instance looks for the snapshot another one is building. */
    private static final Duration POLL = Duration.ofMillis(250);

    /** Not published again for this long (a deleted tenant, a configuration no longer used), a snapshot leaves the grid. */
    private static final Duration KEPT = Duration.ofHours(25);

    @Inject
    ClusterStores stores;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "directory.sharedLeaseSeconds")
    long leaseSeconds;

    Optional<SharedStore> snapshots;
    Optional<SharedStore> leases;

    @PostConstruct
    void open() {
        snapshots = stores.store("lucca-okta-snapshots", KEPT);
        leases = stores.store("lucca-okta-refresh-leases", Duration.ofSeconds(leaseSeconds));
    }

    /**
     * The snapshot to serve after {@code local}: one another instance published after it if that one is not due for
     * a new read itself, else the build's. When the grid fails, the instance builds alone.
     */
    DirectorySnapshot refresh(TenantView view, DirectorySnapshot local, Freshness freshness,
                              UnaryOperator<DirectorySnapshot> build) {
        if (snapshots.isEmpty()) {
            return build.apply(local);
        }
        Predicate<SnapshotStamp> fresh = stamp -> !freshness.stale(stamp, clock);
        Instant giveUp = clock.instant().plusSeconds(leaseSeconds);
        while (true) {
            Optional<DirectorySnapshot> published = newer(view, local, fresh);
            if (published.isPresent()) {
                return published.get();
            }
            byte[] lease = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            if (grid(() -> leases.get().putIfAbsent(view.tenantId(), lease)).orElse(true)) {
                try {
                    // Another instance may have published between the look and the lease.
                    return newer(view, local, fresh).orElseGet(() -> buildAndPublish(local, build));
                } finally {
                    grid(() -> leases.get().remove(view.tenantId(), lease));
                }
            }
            if (!clock.instant().isBefore(giveUp)) {
                // Its holder is slower than a lease lasts: better read Lucca twice than serve nothing.
                return buildAndPublish(local, build);
            }
            pause();
        }
    }

    /**
     * The cluster's snapshot for this configuration if it was published after {@code local} (or {@code local} is null
     * or was built for another configuration) and its stamp passes {@code worth}. Only the small stamp is read unless
     * the snapshot is worth taking; empty when the connector runs alone or the grid fails.
     */
    Optional<DirectorySnapshot> newer(TenantView view, DirectorySnapshot local, Predicate<SnapshotStamp> worth) {
        return snapshots.isEmpty() ? Optional.empty() : grid(() -> read(view, local, worth).orElse(null));
    }

    private DirectorySnapshot buildAndPublish(DirectorySnapshot local, UnaryOperator<DirectorySnapshot> build) {
        DirectorySnapshot built = build.apply(local);
        publish(built);
        return built;
    }

    /** Lets the other instances have a snapshot built (or changed by Lucca's events) here. */
    void publish(DirectorySnapshot snapshot) {
        snapshots.ifPresent(store -> grid(() -> {
            long started = System.nanoTime();
            String tenantId = snapshot.view().tenantId();
            byte[] encoded = SnapshotCodec.encode(snapshot);
            store.put(dataKey(tenantId), encoded);
            store.put(stampKey(tenantId), SnapshotStamp.of(snapshot).encode(snapshot.view()));
            LOG.info(() -> "Snapshot of tenant " + tenantId + " published to the cluster: " + encoded.length + " bytes in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return tenantId;
        }));
    }

    /** Forgets a deleted tenant's shared snapshot. */
    public void forget(String tenantId) {
        snapshots.ifPresent(store -> grid(() -> {
            for (String key : new String[] {stampKey(tenantId), dataKey(tenantId)}) {
                byte[] held = store.get(key);
                if (held != null) {
                    store.remove(key, held);
                }
            }
            return tenantId;
        }));
    }

    private Optional<DirectorySnapshot> read(TenantView view, DirectorySnapshot local, Predicate<SnapshotStamp> worth) {
        SharedStore store = snapshots.get();
        Instant known = local != null && local.view().equals(view) ? local.builtAt() : Instant.EPOCH;
        byte[] stamp = store.get(stampKey(view.tenantId()));
        boolean worthTaking = stamp != null && SnapshotStamp.decode(stamp, view)
                .filter(read -> read.builtAt().isAfter(known) && worth.test(read)).isPresent();
        if (!worthTaking) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        byte[] data = store.get(dataKey(view.tenantId()));
        DirectorySnapshot shared = data == null ? null : SnapshotCodec.decode(data, view, clock.getZone());
        if (shared == null || !shared.builtAt().isAfter(known)) {
            return Optional.empty();
        }
        LOG.info(() -> "Snapshot of tenant " + view.tenantId() + " built at " + shared.builtAt()
                + " received from the cluster: " + data.length + " bytes in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return Optional.of(shared);
    }

    /** What the grid answers, or empty when it fails (a member leaving, an entry no longer readable). */
    private static <T> Optional<T> grid(Supplier<T> operation) {
        try {
            return Optional.ofNullable(operation.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The cluster's shared cache failed; this instance goes on alone for now", e);
            return Optional.empty();
        }
    }

    private static String stampKey(String tenantId) {
        return tenantId + "/stamp";
    }

    private static String dataKey(String tenantId) {
        return tenantId + "/snapshot";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while waiting for another instance's snapshot",
                    Duration.ofSeconds(5), e);
        }
    }
}
