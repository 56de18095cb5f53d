package dev.luccaokta.events;

import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaErrorStatusException;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaWebhookEndpoint;
import dev.luccaokta.lucca.LuccaWebhookEndpointCreated;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.WebhookSubscription;
import dev.luccaokta.tenant.WebhookSubscriptions;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tenant's webhook endpoint on its Lucca, kept as it should be: made when the tenant switches events on (with
 * the secret Lucca shows once, sealed), found again by its address after a restart, re-activated when Lucca
 * suspended it, made again when it disappeared from Lucca, and deleted when the tenant switches events off or is
 * deleted. Never two endpoints for one tenant: any other endpoint with the tenant's address is deleted.
 *
 * <pre>{@code
 * subscriber.ensure(tenant);   // a few Lucca calls: list, then create, re-activate or nothing
 * }</pre>
 */
@ApplicationScoped
public class WebhookSubscriber {

    static final String ACTIVE = "active";
    static final String NAME = "Okta (Lucca for Okta connector)";
    /** Every change to people and to the organisation they belong to. */
    static final List<String> TOPICS = List.of(
            "employee.created", "employee.updated", "employee.deleted",
            "employment.created", "employment.updated", "employment.deleted",
            "job-position.created", "job-position.updated", "job-position.deleted",
            "department.created", "department.updated", "department.deleted",
            "business-establishment.created", "business-establishment.updated", "business-establishment.deleted",
            "legal-entity.created", "legal-entity.updated", "legal-entity.deleted");

    private static final Logger LOG = Logger.getLogger(WebhookSubscriber.class.getName());

    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    ReceiverAddress address;

    @Inject
    LuccaGateway gateway;

    @Inject
    ReceivingSecrets secrets;

    @Inject
    EventFeeds feeds;

    @Inject
    EventCatchUp catchUp;

    /**
     * Brings the tenant's endpoint on Lucca in line with its settings. Lucca's failures are kept as the tenant's
     * problem (see {@link #problem}) and tried again at the next check; they are not thrown.
     */
    public void ensure(Tenant tenant) {
        synchronized (locks.computeIfAbsent(tenant.getId(), id -> new Object())) {
            try {
                if (!tenant.isLuccaEvents()) {
                    unsubscribe(tenant);
                    problems.remove(tenant.getId());
                    return;
                }
                Optional<String> unavailable = unavailable(tenant);
                if (unavailable.isPresent()) {
                    problems.put(tenant.getId(), unavailable.get());
                    return;
                }
                subscribe(tenant, address.of(tenant.getId()).orElseThrow());
                problems.remove(tenant.getId());
            } catch (RuntimeException e) {
                problems.put(tenant.getId(), describe(e));
                LOG.log(Level.WARNING, LogLine.of("webhook-subscription-failed", "tenant", tenant.getId(),
                        "error", e.getClass().getSimpleName()));
            } finally {
                feeds.forget(tenant.getId());
            }
        }
    }

    /** Why this tenant cannot get events, whatever Lucca says, if so. */
    public Optional<String> unavailable(Tenant tenant) {
        if (tenant.getLuccaClientId().isEmpty()) {
            return Optional.of("Events need an OAuth client (Lucca's current API) allowed webhook-endpoints.readwrite");
        }
        return address.missing();
    }

    /** What went wrong the last time the tenant's endpoint was checked, if anything. */
    public Optional<String> problem(String tenantId) {
        return Optional.ofNullable(problems.get(tenantId));
    }

    /** Deletes the tenant's endpoint on Lucca (when Lucca can be asked) and forgets it here. */
    public void unsubscribe(Tenant tenant) {
        Optional<WebhookSubscription> stored = subscriptions.find(tenant.getId());
        if (stored.isEmpty()) {
            return;
        }
        if (tenant.getLuccaClientId().isPresent() && stored.get().getLuccaBaseUrl().equals(tenant.getLuccaBaseUrl())) {
            try {
                gateway.deleteWebhookEndpoint(instance(tenant), stored.get().getEndpointId());
            } catch (RuntimeException e) {
                // Lucca suspends an endpoint that answers 410, which the receiver does for a tenant without events.
                LOG.log(Level.WARNING, LogLine.of("webhook-endpoint-not-deleted", "tenant", tenant.getId(),
                        "endpoint", stored.get().getEndpointId(), "error", e.getClass().getSimpleName()));
            }
        }
        subscriptions.delete(tenant.getId());
        secrets.forget(tenant.getId());
        LOG.info(LogLine.of("webhook-unsubscribed", "tenant", tenant.getId()));
    }

    private void subscribe(Tenant tenant, URI url) {
        LuccaInstance lucca = instance(tenant);
        Optional<WebhookSubscription> stored = subscriptions.find(tenant.getId())
                .filter(s -> s.getLuccaBaseUrl().equals(tenant.getLuccaBaseUrl()) && s.getWebhookUrl().equals(url.toString()));
        List<LuccaWebhookEndpoint> ours = gateway.webhookEndpoints(lucca).stream()
                .filter(endpoint -> url.equals(endpoint.webhookUrl())).toList();
        Optional<LuccaWebhookEndpoint> kept = stored.flatMap(s -> ours.stream()
                .filter(endpoint -> endpoint.id().equals(s.getEndpointId())).findFirst());
        for (LuccaWebhookEndpoint other : ours) {
            if (kept.isEmpty() || !other.id().equals(kept.get().id())) {
                // Its secret is not known here (or it is a second one): it could only sign what cannot be checked.
                gateway.deleteWebhookEndpoint(lucca, other.id());
            }
        }
        if (kept.isPresent()) {
            keep(tenant, lucca, stored.get(), kept.get());
        } else {
            create(tenant, lucca, url);
        }
    }

    private void keep(Tenant tenant, LuccaInstance lucca, WebhookSubscription stored, LuccaWebhookEndpoint endpoint) {
        String status = endpoint.status();
        String problem = null;
        if (!ACTIVE.equals(status)) {
            LuccaWebhookEndpoint changed = gateway.changeWebhookEndpointStatus(lucca, endpoint.id(), ACTIVE);
            problem = ACTIVE.equals(changed.status()) ? null
                    : "Lucca left the endpoint " + changed.status() + ": it could not reach " + endpoint.webhookUrl();
            LOG.info(LogLine.of("webhook-reactivated", "tenant", tenant.getId(), "was", status, "now", changed.status()));
            if (ACTIVE.equals(changed.status())) {
                // What Lucca could not deliver while the endpoint was down is in its history.
                catchUp.request(tenant.getId());
            }
            status = changed.status();
        }
        stored.checked(status, problem);
        subscriptions.save(stored);
    }

    private void create(Tenant tenant, LuccaInstance lucca, URI url) {
        LuccaWebhookEndpointCreated created = gateway.createWebhookEndpoint(lucca, NAME, url, TOPICS);
        String status = created.endpoint().status();
        WebhookSubscription subscription = new WebhookSubscription(tenant.getId(), tenant.getLuccaBaseUrl(),
                created.endpoint().id(), url.toString(), created.secret(), status);
        if (!ACTIVE.equals(status)) {
            subscription.checked(status, "Lucca could not reach " + url + " (its activation challenge failed)");
        }
        subscriptions.save(subscription);
        secrets.forget(tenant.getId());
        LOG.info(LogLine.of("webhook-subscribed", "tenant", tenant.getId(), "endpoint", created.endpoint().id(),
                "status", status));
        // Changes made before the endpoint existed were never sent: a full read covers them.
        catchUp.readInFull(tenant);
    }

    private static LuccaInstance instance(Tenant tenant) {
        return TenantView.of(tenant).lucca();
    }

    private static String describe(RuntimeException e) {
        if (e instanceof LuccaErrorStatusException api && api.status() == 403) {
            return "The OAuth client may not manage webhooks: grant it webhook-endpoints.readwrite in Lucca";
        }
        return "Lucca's webhook endpoints could not be checked (" + e.getClass().getSimpleName()
                + "); tried again at the next check";
    }
}
