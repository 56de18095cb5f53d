package dev.luccaokta.lucca;

import dev.luccaokta.cluster.ClusterStores;
import dev.luccaokta.cluster.SharedStore;
import jakarta.annotation.PostConstruct;
import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the connector under Lucca's request budget (50 a minute per Lucca instance by default), so that it never
 * relies on luck to avoid a 429. Callers wait for a slot; past the longest wait they get a
 * {@link LuccaUnavailableException} instead of blocking an Okta request forever. When the connector runs as
 * several instances ({@code connector.cluster}), they share one budget per Lucca instance: each window lives in
 * the shared store and is updated by compare-and-set, so together they call Lucca as one connector would.
 *
 * <pre>{@code
 * limiter.acquire(instance.baseUrl());   // blocks until the call may go
 * }</pre>
 */
@ApplicationScoped
public class LuccaRateLimiter {

    // Lucca counts from when it receives a call; a slightly longer window absorbs network latency.
    private static final Duration WINDOW = Duration.ofSeconds(61);

    /** Long enough to outlive any pause Lucca asks for (Retry-After is capped at 5 minutes). */
    private static final Duration SHARED_LIFETIME = Duration.ofMinutes(10);

    /** Each time a call waited for the budget rather than risk Lucca's 429. */
    private static final Metadata WAITS = Metadata.builder().withName("lucca_budget_waits")
            .withDescription("Times a call to Lucca waited for the rate budget instead of risking a 429").build();

    /** Compare-and-set attempts on the shared window before counting locally: contention, or a grid storing values as objects. */
    private static final int MAX_SWAPS = 100;

    private static final Logger LOG = Logger.getLogger(LuccaRateLimiter.class.getName());

    private final Map<String, RequestWindow> windows = new ConcurrentHashMap<>();

    private Optional<SharedStore> shared;

    private final ClusterStores stores;
    private final ApplicationMetrics metrics;
    private final int perMinute;
    private final long maxWaitMillis;

    @Inject
    public LuccaRateLimiter(ClusterStores stores, ApplicationMetrics metrics,
                            @ConfigProperty(name = "lucca.rateLimitPerMinute") int perMinute,
                            @ConfigProperty(name = "lucca.rateLimitMaxWaitMillis") long maxWaitMillis) {
        this.stores = stores;
        this.metrics = metrics;
        this.perMinute = perMinute;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaRateLimiter() {
        this(null, null, 0, 0);
    }

    @PostConstruct
    void openSharedBudgets() {
        shared = stores.store("lucca-okta-budgets", SHARED_LIFETIME);
    }

    /** Waits until a call to this Lucca instance fits in its budget, and counts it. */
    public void acquire(URI instance) {
        Instant giveUp = Instant.now().plusMillis(maxWaitMillis);
        while (true) {
            Duration wait = update(instance, window -> window.reserve(Instant.now()));
            if (wait.isZero()) {
                return;
            }
            metrics.ifAvailable(registry -> registry.counter(WAITS).inc());
            if (Instant.now().plus(wait).isAfter(giveUp)) {
                throw new LuccaUnavailableException("Lucca's request budget is spent for now", wait);
            }
            sleep(wait);
        }
    }

    /** Lucca answered 429 with {@code Retry-After}: hold every call to that instance until then. */
    public void pause(URI instance, Duration retryAfter) {
        update(instance, window -> {
            window.pauseUntil(Instant.now().plus(retryAfter));
            return null;
        });
    }

    public int perMinute() {
        return perMinute;
    }

    /** Calls counted for this instance over the last window. */
    public int used(URI instance) {
        return update(instance, window -> window.used(Instant.now()));
    }

    /** The instance as its budget knows it: one budget per Lucca instance, whatever the key or path, as Lucca counts. */
    static String origin(URI instance) {
        return instance.getScheme() + "://" + instance.getAuthority();
    }

    /**
     * Applies a change to the instance's window: the cluster's, by compare-and-set, or this server's own when the
     * connector runs alone or the grid fails.
     */
    private <T> T update(URI instance, Function<RequestWindow, T> change) {
        String origin = origin(instance);
        if (shared.isPresent()) {
            try {
                for (int attempt = 0; attempt < MAX_SWAPS; attempt++) {
                    SharedStore store = shared.get();
                    byte[] read = store.get(origin);
                    RequestWindow window = read == null ? new RequestWindow(perMinute, WINDOW) : RequestWindow.fromBytes(perMinute, WINDOW, read);
                    T result = change.apply(window);
                    byte[] written = window.toBytes();
                    if (Arrays.equals(read, written)
                            || (read == null ? store.putIfAbsent(origin, written) : store.replace(origin, read, written))) {
                        return result;
                    }
                }
                LOG.warning(() -> "The cluster's budget for " + origin + " kept changing under this instance; counted here alone");
            } catch (RuntimeException gridFailure) {
                LOG.log(Level.WARNING, "The cluster's budget for " + origin + " could not be read; counted here alone", gridFailure);
            }
        }
        RequestWindow window = windows.computeIfAbsent(origin, o -> new RequestWindow(perMinute, WINDOW));
        synchronized (window) {
            return change.apply(window);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LuccaUnavailableException("Interrupted while waiting for Lucca's request budget", wait);
        }
    }
}
