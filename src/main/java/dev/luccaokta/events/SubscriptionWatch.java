package dev.luccaokta.events;

import dev.luccaokta.tenant.EventInbox;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.WebhookSubscriptions;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks at every tenant's webhook endpoint shortly after the deployment starts (then catching each live tenant up
 * on what Lucca could not deliver while the connector was down) and every {@code events.checkMinutes} after: one
 * Lucca call per tenant with events on when all is well. Also forgets applied events older than
 * {@code events.inboxRetentionDays}, after which Lucca no longer delivers them again.
 */
@ApplicationScoped
public class SubscriptionWatch {

    private static final Logger LOG = Logger.getLogger(SubscriptionWatch.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookSubscriber subscriber;

    @Inject
    EventCatchUp catchUp;

    @Inject
    EventFeeds feeds;

    @Inject
    EventInbox inbox;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "events.firstCheckSeconds")
    long firstCheckSeconds;

    @Inject
    @ConfigProperty(name = "events.checkMinutes")
    long checkMinutes;

    @Inject
    @ConfigProperty(name = "events.inboxRetentionDays")
    long retentionDays;

    private ScheduledFuture<?> first;
    private ScheduledFuture<?> periodic;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        first = scheduler.schedule(() -> check(true), firstCheckSeconds, TimeUnit.SECONDS);
        periodic = scheduler.scheduleWithFixedDelay(() -> check(false), firstCheckSeconds * 1000 + checkMinutes * 60_000,
                checkMinutes * 60_000, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {first, periodic}) {
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    private void check(boolean afterStart) {
        try {
            Set<String> subscribed = new HashSet<>();
            subscriptions.findAll().forEach(s -> subscribed.add(s.getTenantId()));
            for (Tenant tenant : tenants.findAll()) {
                if (tenant.isLuccaEvents() || subscribed.contains(tenant.getId())) {
                    subscriber.ensure(tenant);
                    if (afterStart && feeds.isLive(tenant.getId())) {
                        catchUp.request(tenant.getId());
                    }
                }
            }
            int purged = inbox.deleteAppliedBefore(OffsetDateTime.now().minusDays(retentionDays));
            if (purged > 0) {
                LOG.info(LogLine.of("events-purged", "rows", purged, "retentionDays", retentionDays));
            }
        } catch (RuntimeException e) {
            // The next check tries again; a failing database is reported by the readiness check.
            LOG.log(Level.WARNING, LogLine.of("webhook-check-failed", "error", e.getClass().getSimpleName()));
        }
    }
}
