package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@link TenantRepository} on the application's persistence unit.
 *
 * <p>Reads run in a transaction as writes do: the background tasks that call them (events, webhook checks) run
 * again and again in the context captured when they were scheduled, and Payara closes the non-transactional
 * entity manager of that context after the first run, failing every later one.
 */
@ApplicationScoped
@Transactional
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Inject
    TenantChanges changes;

    @Override
    public Optional<Tenant> findByTokenHash(String scimTokenHash) {
        return em.createNamedQuery(Tenant.BY_TOKEN_HASH, Tenant.class)
                .setParameter("hash", scimTokenHash)
                .setParameter("now", OffsetDateTime.now())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Tenant> findById(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public List<Tenant> findAll() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
    }

    @Override
    @Transactional
    public Tenant save(Tenant tenant) {
        changes.changing();
        return em.merge(tenant);
    }

    @Override
    @Transactional
    public void delete(String id) {
        Tenant tenant = em.find(Tenant.class, id);
        if (tenant != null) {
            changes.changing();
            for (String entity : new String[] {"AuditEntry", "AdministratorBinding", "WebhookSubscription", "InboxEvent",
                    "ImportBaseline", "SnapshotHold", "OktaImport", "SnapshotPublication", "PublishedChange", "SentProfile",
                    "PendingPush", "PushSession", "PushDelivery", "PushLease"}) {
                em.createQuery("delete from " + entity + " e where e.tenantId = :tenant").setParameter("tenant", id)
                        .executeUpdate();
            }
            em.remove(tenant);
        }
    }

    @Override
    public long count() {
        return em.createNamedQuery(Tenant.COUNT, Long.class).getSingleResult();
    }
}
