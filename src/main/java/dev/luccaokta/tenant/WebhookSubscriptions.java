package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The webhook endpoint each tenant has on its Lucca ({@link WebhookSubscription}), at most one per tenant.
 *
 * <p>Reads run in a transaction as writes do: the background tasks that call them (events, webhook checks) run
 * again and again in the context captured when they were scheduled, and Payara closes the non-transactional
 * entity manager of that context after the first run, failing every later one.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    public Optional<WebhookSubscription> find(String tenantId) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, tenantId));
    }

    public List<WebhookSubscription> findAll() {
        return em.createQuery("select s from WebhookSubscription s", WebhookSubscription.class).getResultList();
    }

    /** Stores the tenant's subscription, replacing the one it had. */
    @Transactional
    public WebhookSubscription save(WebhookSubscription subscription) {
        return em.merge(subscription);
    }

    @Transactional
    public void delete(String tenantId) {
        em.createQuery("delete from WebhookSubscription s where s.tenantId = :tenant").setParameter("tenant", tenantId)
                .executeUpdate();
    }
}
