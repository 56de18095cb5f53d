package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.OutboxEntry;
import dev.luccaokta.tenant.PushLeases;
import dev.luccaokta.tenant.PushOutbox;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains each push tenant's outbox: shortly after the watcher put someone in (a burst is gathered into one round),
 * and every {@code okta.push.sweepSeconds} for what waits (a retry, entries left by a stop). A round of fewer than
 * {@code okta.push.sessionThreshold} people goes through Okta's per-user endpoints; a larger one, or any where Okta
 * has none, through an import session. Once nobody is due, the groups and memberships follow ({@link GroupSync}).
 * One round per tenant at a time in the cluster.
 */
@ApplicationScoped
public class PushSender {

    private static final Logger LOG = Logger.getLogger(PushSender.class.getName());
    /** Longer than a round of per-user calls or a session's loading; renewed at every round and session poll. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Inject
    PushTenants tenants;

    @Inject
    PushOutbox outbox;

    @Inject
    PushLeases leases;

    @Inject
    UserDelivery users;

    @Inject
    SessionDelivery sessions;

    @Inject
    GroupSync groups;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "okta.push.gatherMillis")
    long gatherMillis;

    @Inject
    @ConfigProperty(name = "okta.push.sweepSeconds")
    long sweepSeconds;

    @Inject
    @ConfigProperty(name = "okta.push.sessionThreshold")
    int sessionThreshold;

    private ScheduledFuture<?> sweep;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Drains the tenant's outbox soon, gathering what arrives meanwhile into the same round. */
    public void nudge(String tenantId) {
        if (scheduled.add(tenantId)) {
            try {
                scheduler.schedule(() -> drain(tenantId), gatherMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Shutting down, or no thread free: the sweep finds the entries in the outbox.
                scheduled.remove(tenantId);
            }
        }
    }

    private void sweep() {
        try {
            outbox.tenantsWithDue(now()).forEach(this::nudge);
            groups.waiting().forEach(this::nudge);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("push-sweep-failed", "error", e.getClass().getSimpleName()), e);
        }
    }

    private void drain(String tenantId) {
        scheduled.remove(tenantId);
        if (!running.add(tenantId)) {
            return; // the round in progress goes on while there is something due
        }
        try {
            // Rounds follow one another until nothing is due, a session is open, another instance sends, Okta asked
            // to wait, or the tenant no longer pushes (read again before each round).
            Optional<PushTenant> tenant = tenants.current(tenantId);
            while (tenant.isPresent() && round(tenant.get())) {
                tenant = tenants.current(tenantId);
            }
        } catch (IllegalArgumentException e) {
            LOG.fine(() -> "Tenant " + tenantId + " waits for usable Okta settings: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("push-failed", "tenant", tenantId, "error", e.getClass().getSimpleName()), e);
        } finally {
            running.remove(tenantId);
            releaseUnlessFollowing(tenantId);
        }
    }

    /** One round, under the tenant's lease; true when another may follow at once. */
    private boolean round(PushTenant tenant) {
        if (sessions.busy(tenant) || !leased(tenant.id())) {
            return false;
        }
        List<OutboxEntry> due = outbox.due(tenant.id(), now(), SessionDelivery.MAX_PEOPLE);
        if (due.isEmpty()) {
            groups.sync(tenant, () -> nudge(tenant.id()));
            return false;
        }
        if (due.size() >= sessionThreshold || !users.available(tenant.id())) {
            sessions.deliver(tenant, due, () -> nudge(tenant.id()));
            return false;
        }
        return users.deliver(tenant, due);
    }

    /** Whether this instance holds the tenant's lease now; false too when another took it at the same moment. */
    private boolean leased(String tenantId) {
        try {
            return leases.acquire(tenantId, LEASE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A session being followed keeps the lease: the instance that opened it completes it. */
    private void releaseUnlessFollowing(String tenantId) {
        if (!sessions.busy(tenantId)) {
            try {
                leases.release(tenantId);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The push lease of tenant " + tenantId + " is left to end by itself", e);
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
