package dev.luccaokta.lucca;

import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the connector under Lucca's request budget (50 a minute per instance by default), so that it never
 * relies on luck to avoid a 429. Callers wait for a slot; past the longest wait they get a
 * {@link LuccaUnavailableException} instead of blocking an Okta request forever.
 *
 * <pre>{@code
 * limiter.acquire(instance.baseUrl());   // blocks until the call may go
 * }</pre>
 */
@ApplicationScoped
public class LuccaRateLimiter {

    // Lucca counts from when it receives a call; a slightly longer window absorbs network latency.
    private static final Duration WINDOW = Duration.ofSeconds(61);

    private final Map<String, RequestWindow> windows = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "lucca.rateLimitPerMinute")
    int perMinute;

    /** Each time a call waited for the budget rather than risk Lucca's 429. */
    private static final Metadata WAITS = Metadata.builder().withName("lucca_budget_waits")
            .withDescription("Times a call to Lucca waited for the rate budget instead of risking a 429").build();

    @Inject
    ApplicationMetrics metrics;

    @Inject
    @ConfigProperty(name = "lucca.rateLimitMaxWaitMillis")
    long maxWaitMillis;

    /** Waits until a call to this Lucca instance fits in its budget, and counts it. */
    public void acquire(URI instance) {
        RequestWindow window = window(instance);
        Instant giveUp = Instant.now().plusMillis(maxWaitMillis);
        while (true) {
            Duration wait;
            synchronized (window) {
                wait = window.reserve(Instant.now());
            }
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
        RequestWindow window = window(instance);
        synchronized (window) {
            window.pauseUntil(Instant.now().plus(retryAfter));
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** Calls counted for this instance over the last window. */
    public int used(URI instance) {
        RequestWindow window = window(instance);
        synchronized (window) {
            return window.used(Instant.now());
        }
    }

    private RequestWindow window(URI instance) {
        // One budget per Lucca instance, whatever the key or path: Lucca counts per instance.
        String origin = instance.getScheme() + "://" + instance.getAuthority();
        return windows.computeIfAbsent(origin, o -> new RequestWindow(perMinute, WINDOW));
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
