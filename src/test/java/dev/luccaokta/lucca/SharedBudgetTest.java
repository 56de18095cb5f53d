package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.cluster.ClusterStores;
import dev.luccaokta.cluster.LocalStore;
import dev.luccaokta.cluster.SharedStore;
import dev.luccaokta.metrics.ApplicationMetrics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;

/** Several connectors sharing one store spend one Lucca budget between them. */
class SharedBudgetTest {

    private static final URI ACME = URI.create("https://acme.ilucca.net/api/v3/users");

    private final SharedStore store = new LocalStore(Duration.ofMinutes(10), Clock.systemUTC());

    @Test
    void twoInstancesTogetherGetNoMoreCallsThanTheLimit() {
        LuccaRateLimiter first = limiter(5, store);
        LuccaRateLimiter second = limiter(5, store);

        first.acquire(ACME);
        first.acquire(ACME);
        first.acquire(ACME);
        second.acquire(URI.create("https://acme.ilucca.net/api/v3/departments"));
        second.acquire(ACME);

        assertThat(first.used(ACME)).isEqualTo(5);
        assertThatThrownBy(() -> second.acquire(ACME)).isInstanceOf(LuccaUnavailableException.class);
        assertThatThrownBy(() -> first.acquire(ACME)).isInstanceOf(LuccaUnavailableException.class);
        assertThat(second.used(URI.create("https://other.ilucca.net"))).as("another Lucca has its own budget").isZero();
    }

    @Test
    void withoutASharedStoreEachInstanceHasItsOwnBudget() {
        LuccaRateLimiter first = limiter(2, null);
        LuccaRateLimiter second = limiter(2, null);

        first.acquire(ACME);
        first.acquire(ACME);
        second.acquire(ACME);

        assertThat(first.used(ACME)).isEqualTo(2);
        assertThat(second.used(ACME)).isEqualTo(1);
    }

    @Test
    void aPauseLuccaAskedOneInstanceForHoldsTheOthers() {
        LuccaRateLimiter first = limiter(50, store);
        LuccaRateLimiter second = limiter(50, store);

        first.pause(ACME, Duration.ofSeconds(30));

        assertThatThrownBy(() -> second.acquire(ACME)).isInstanceOf(LuccaUnavailableException.class)
                .satisfies(e -> assertThat(((LuccaUnavailableException) e).retryAfter().orElseThrow()).isPositive());
    }

    @Test
    void whenTheGridFailsTheInstanceCountsItsBudgetAlone() {
        SharedStore failing = new LocalStore(Duration.ofMinutes(10), Clock.systemUTC()) {
            @Override
            public byte[] get(String key) {
                throw new IllegalStateException("member left the cluster");
            }
        };
        LuccaRateLimiter limiter = limiter(2, failing);

        limiter.acquire(ACME);
        limiter.acquire(ACME);

        assertThatThrownBy(() -> limiter.acquire(ACME)).isInstanceOf(LuccaUnavailableException.class);
    }

    @Test
    void concurrentCallersOnSeveralInstancesNeverOverspend() throws Exception {
        List<LuccaRateLimiter> instances = List.of(limiter(40, store), limiter(40, store), limiter(40, store));
        AtomicInteger granted = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                LuccaRateLimiter instance = instances.get(i % instances.size());
                calls.add(callers.submit(() -> {
                    try {
                        instance.acquire(ACME);
                        granted.incrementAndGet();
                    } catch (LuccaUnavailableException refused) {
                        // Over budget: what the limit is for.
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(granted).hasValue(40);
        assertThat(RequestWindow.fromBytes(40, Duration.ofSeconds(61), store.get("https://acme.ilucca.net")).used(Instant.now()))
                .isEqualTo(40);
    }

    private static LuccaRateLimiter limiter(int perMinute, SharedStore store) {
        ClusterStores stores = new ClusterStores() {
            @Override
            public Optional<SharedStore> store(String name, Duration lifetime) {
                return Optional.ofNullable(store);
            }
        };
        LuccaRateLimiter limiter = new LuccaRateLimiter(stores, new ApplicationMetrics() {
            @Override
            public void ifAvailable(Consumer<MetricRegistry> update) {
                // No metric registry outside the server.
            }
        }, perMinute, 0);
        limiter.openSharedBudgets();
        return limiter;
    }
}
