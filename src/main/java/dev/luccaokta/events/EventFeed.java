package dev.luccaokta.events;

import dev.luccaokta.tenant.EventInbox;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A tenant's events as its administrators see and steer them: switched on or off, whether they keep the snapshot
 * fresh now, the endpoint on Lucca, what arrived and was applied (and how late), and the re-activation of an endpoint
 * Lucca suspended.
 *
 * <pre>{@code
 * EventFeed.Report report = feed.switchTo(tenant, true);
 * }</pre>
 */
@ApplicationScoped
public class EventFeed {

    /** Days of arrivals the report counts, today included. */
    public static final int DAYS = 14;

    /** The endpoint as Lucca last described it. */
    public record Endpoint(String id, String status, URI webhookUrl, OffsetDateTime checkedAt) {
    }

    /**
     * @param live        whether events keep the snapshot fresh now (else it is refreshed after its TTL)
     * @param unavailable why this tenant cannot have events, if so
     * @param problem     what went wrong last with the endpoint or applying events, if anything
     */
    public record Report(boolean enabled, boolean live, Optional<String> unavailable, Optional<String> problem,
                         Optional<Endpoint> endpoint, EventInbox.Summary inbox) {
    }

    @Inject
    TenantRepository tenants;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookSubscriber subscriber;

    @Inject
    EventApplier applier;

    @Inject
    EventFeeds feeds;

    @Inject
    EventInbox inbox;

    public Report report(Tenant tenant) {
        String id = tenant.getId();
        Optional<String> problem = subscriber.problem(id)
                .or(() -> subscriptions.find(id).flatMap(s -> s.getProblem())).or(() -> applier.problem(id));
        Optional<Endpoint> endpoint = subscriptions.find(id).map(s -> new Endpoint(s.getEndpointId(), s.getStatus(),
                URI.create(s.getWebhookUrl()), s.getCheckedAt()));
        return new Report(tenant.isLuccaEvents(), feeds.isLive(id), subscriber.unavailable(tenant), problem, endpoint,
                inbox.summary(id, LocalDate.now(ZoneOffset.UTC).minusDays(DAYS - 1L)));
    }

    /** Switches the tenant's events on or off, making or deleting its endpoint on Lucca at once. */
    public Report switchTo(Tenant tenant, boolean on) {
        tenant.setLuccaEvents(on);
        Tenant saved = tenants.save(tenant);
        subscriber.ensure(saved);
        return report(saved);
    }

    /** Checks the endpoint on Lucca now, re-activating it if Lucca suspended it. */
    public Report reactivate(Tenant tenant) {
        subscriber.ensure(tenant);
        return report(tenant);
    }

    /** Deletes the tenant's endpoint on Lucca before the tenant itself is deleted. */
    public void forget(Tenant tenant) {
        subscriber.unsubscribe(tenant);
        feeds.forget(tenant.getId());
    }
}
