package dev.luccaokta.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stores shared with the other instances of the connector, when it runs as several ({@code connector.cluster}
 * = {@code jcache}); none when it runs alone ({@code none}, the default), so that a single instance never pays for
 * copying what it already holds. Every entry is tagged with a key derived from {@code connector.secretKey} (see
 * {@link SignedStore}): the grid itself lets anyone on its network write.
 *
 * <pre>{@code
 * Optional<SharedStore> budgets = stores.store("lucca-okta-budgets", Duration.ofMinutes(10));
 * }</pre>
 */
@ApplicationScoped
public class ClusterStores {

    private static final Logger LOG = Logger.getLogger(ClusterStores.class.getName());

    private final Map<String, SharedStore> opened = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "connector.cluster")
    String mode;

    @Inject
    @ConfigProperty(name = "connector.secretKey")
    Optional<String> secretKey;

    private byte[] gridKey;

    /**
     * A cluster asked for but not offered by the server, or without the key its entries are tagged with, fails the
     * deployment, rather than each instance spending Lucca's budget alone or trusting what the grid hands it.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (shared()) {
            gridKey();
            try {
                JCacheStore.manager();
            } catch (RuntimeException e) {
                throw new IllegalStateException("connector.cluster=jcache, but this server offers no JCache cache manager"
                        + " (Payara Micro started with --nohazelcast, or a server without JCache)", e);
            }
        }
    }

    /** Whether this instance shares its snapshots and Lucca budgets with others. */
    public boolean shared() {
        return switch (mode.strip()) {
            case "none" -> false;
            case "jcache" -> true;
            default -> throw new IllegalStateException("connector.cluster is none or jcache, not " + mode);
        };
    }

    /** The named store, its entries living {@code lifetime} after their last write; empty when not shared. */
    public Optional<SharedStore> store(String name, Duration lifetime) {
        if (!shared()) {
            return Optional.empty();
        }
        return Optional.of(opened.computeIfAbsent(name, n -> {
            SharedStore store = new SignedStore(JCacheStore.open(n, lifetime), n, gridKey());
            LOG.info(() -> "Sharing " + n + " with the other instances through the server's JCache");
            return store;
        }));
    }

    private synchronized byte[] gridKey() {
        if (gridKey == null) {
            gridKey = GridKey.derive(secretKey.filter(key -> !key.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "connector.cluster=jcache needs connector.secretKey, the same on every instance: it also tags what "
                            + "the instances share")));
        }
        return gridKey;
    }
}
