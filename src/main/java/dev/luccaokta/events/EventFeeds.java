package dev.luccaokta.events;

import dev.luccaokta.directory.LiveChanges;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.WebhookSubscription;
import dev.luccaokta.tenant.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tenants Lucca's events keep fresh: events switched on, an OAuth client, and an endpoint Lucca last said is
 * active. Their snapshots are read in full once a day and otherwise changed by events; the others are refreshed
 * after their TTL as before. Looked up on every Okta request, so kept a few seconds (the database says it for every
 * instance of a cluster).
 */
@ApplicationScoped
public class EventFeeds implements LiveChanges {

    private static final Duration KEPT = Duration.ofSeconds(5);

    private record Known(boolean live, Instant until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    TenantRepository tenants;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    Clock clock;

    @Override
    public boolean isLive(String tenantId) {
        Instant now = clock.instant();
        Known cached = known.get(tenantId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.live();
        }
        boolean live = tenants.findById(tenantId).filter(Tenant::isLuccaEvents)
                .filter(tenant -> tenant.getLuccaClientId().isPresent())
                .flatMap(tenant -> subscriptions.find(tenantId)
                        .filter(subscription -> subscription.getLuccaBaseUrl().equals(tenant.getLuccaBaseUrl())))
                .map(WebhookSubscription::getStatus).filter(WebhookSubscriber.ACTIVE::equals).isPresent();
        known.put(tenantId, new Known(live, now.plus(KEPT)));
        return live;
    }

    /** Forgets what was known of the tenant, after its subscription or settings changed here. */
    void forget(String tenantId) {
        known.remove(tenantId);
    }
}
