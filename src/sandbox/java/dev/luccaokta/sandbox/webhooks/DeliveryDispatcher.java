package dev.luccaokta.sandbox.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends deliveries in the background, never inside the request that made the change, on the server's managed
 * scheduled executor: signs each attempt afresh, reads the answer with the {@link ResponsePolicy} in force, retries
 * on the {@link RetrySchedule}, suspends endpoints (at once on the policy's word, or after
 * {@link WebhookSettings#suspendAfterFailures()} failed attempts in a row), and applies the {@link DeliveryFaults}.
 * At most {@value #IN_FLIGHT_PER_ENDPOINT} attempts run at once per endpoint, as in Lucca. On undeploy, pending
 * attempts are cancelled.
 *
 * <pre>{@code
 * dispatcher.dispatch(store.record(drafts, source, endpoints.all()));
 * }</pre>
 */
@ApplicationScoped
public class DeliveryDispatcher {
    static final int IN_FLIGHT_PER_ENDPOINT = 3;
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());
    /** How soon an attempt that found its endpoint's three slots taken tries again. */
    private static final Duration BUSY_WAIT = Duration.ofMillis(50);
    private static final Duration STALE_BY = Duration.ofMinutes(10);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;
    @Inject
    WebhookEndpoints endpoints;
    @Inject
    WebhookSettings settings;
    @Inject
    WebhookFaults faults;
    @Inject
    Clock clock;
    @Inject
    WebhookClient client;

    private final Map<Integer, Semaphore> inFlight = new ConcurrentHashMap<>();
    private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();
    private final List<Delivery> held = new ArrayList<>();
    private volatile boolean stopped;

    /** Starts the deliveries of newly stored events, as the fault switches in force say. */
    public void dispatch(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        DeliveryFaults now = faults.current();
        if (now.outOfOrder()) {
            hold(deliveries, now.lateMillis());
        } else {
            deliveries.forEach(delivery -> schedule(() -> attempt(delivery), Duration.ofMillis(now.lateMillis())));
        }
    }

    /** Keeps deliveries back a moment, then sends what was held newest first, one after the other. */
    private void hold(List<Delivery> deliveries, int lateMillis) {
        synchronized (held) {
            if (held.isEmpty()) {
                schedule(this::releaseHeld, Duration.ofMillis(DeliveryFaults.HOLD_MILLIS + (long) lateMillis));
            }
            held.addAll(deliveries);
        }
    }

    private void releaseHeld() {
        List<Delivery> released;
        synchronized (held) {
            released = new ArrayList<>(held);
            held.clear();
        }
        released.sort(Comparator.comparingLong(Delivery::eventId).reversed());
        released.forEach(this::attempt);
    }

    private void attempt(Delivery delivery) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId())
                .filter(found -> found.status() == EndpointStatus.ACTIVE);
        if (stopped || endpoint.isEmpty()) {
            // Deleted, suspended or switched off since: this delivery will not be made.
            delivery.settle(DeliveryStatus.FAILED);
            return;
        }
        Semaphore slots = inFlight.computeIfAbsent(delivery.endpointId(), id -> new Semaphore(IN_FLIGHT_PER_ENDPOINT));
        if (!slots.tryAcquire()) {
            schedule(() -> attempt(delivery), BUSY_WAIT);
            return;
        }
        DeliveryOutcome outcome;
        try {
            outcome = send(endpoint.get(), delivery, faults.current());
        } finally {
            slots.release();
        }
        settle(endpoint.get(), delivery, outcome);
    }

    private DeliveryOutcome send(WebhookEndpoint endpoint, Delivery delivery, DeliveryFaults now) {
        int attempt = delivery.startAttempt();
        if (now.receiverDown()) {
            LOG.fine(() -> "Delivery of event " + delivery.eventId() + " to " + endpoint + ": receiver down");
            return DeliveryOutcome.RETRY;
        }
        Instant sentAt = now.staleTimestamp() ? clock.instant().minus(STALE_BY) : clock.instant();
        String timestamp = Signature.timestamp(sentAt);
        byte[] body = delivery.body();
        String key = now.badSignature() ? endpoint.secret() + "-not-the-secret" : endpoint.secret();
        String signature = Signature.sign(key, timestamp, body);
        try {
            int status = client.deliver(endpoint.webhookUrl(), body, timestamp, signature);
            if (now.duplicate()) {
                client.deliver(endpoint.webhookUrl(), body, timestamp, signature);
            }
            DeliveryOutcome outcome = now.responsePolicy().outcome(status);
            LOG.fine(() -> "Delivery of event " + delivery.eventId() + " to " + endpoint + ", attempt " + attempt
                    + ": " + status + " " + outcome);
            return outcome;
        } catch (IOException e) {
            LOG.fine(() -> "Delivery of event " + delivery.eventId() + " to " + endpoint + ", attempt " + attempt
                    + ": " + e);
            return DeliveryOutcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.RETRY;
        }
    }

    private void settle(WebhookEndpoint endpoint, Delivery delivery, DeliveryOutcome outcome) {
        switch (outcome) {
            case DELIVERED -> {
                endpoints.succeeded(endpoint.id());
                delivery.settle(DeliveryStatus.DELIVERED);
            }
            case SUSPEND -> {
                endpoints.suspend(endpoint.id());
                delivery.settle(DeliveryStatus.FAILED);
            }
            case RETRY, FAILED -> {
                boolean suspended = endpoints.failed(endpoint.id(), settings.suspendAfterFailures());
                Optional<Duration> wait = outcome == DeliveryOutcome.RETRY && !suspended
                        ? settings.retrySchedule().delayAfter(delivery.attempts()) : Optional.empty();
                wait.ifPresentOrElse(delay -> schedule(() -> attempt(delivery), delay),
                        () -> delivery.settle(DeliveryStatus.FAILED));
            }
        }
    }

    private void schedule(Runnable task, Duration delay) {
        if (stopped) {
            return;
        }
        try {
            pending.add(executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A webhook delivery task failed", e);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS));
            pending.removeIf(Future::isDone);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "The server is stopping: a webhook delivery is dropped", e);
        }
    }

    /** Cancels what is still to run, as the application is undeployed. */
    @PreDestroy
    void stop() {
        stopped = true;
        pending.forEach(future -> future.cancel(true));
        pending.clear();
    }
}
