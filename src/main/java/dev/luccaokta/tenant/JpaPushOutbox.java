package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link PushOutbox} on the application's persistence unit. Two instances enqueuing the same new person at once: one
 * insert breaks the primary key, its transaction fails, and its caller enqueues again. Reads run in a transaction as
 * writes do, for the periodic tasks' sake (see {@link JpaTenantRepository}).
 */
@ApplicationScoped
@Transactional
public class JpaPushOutbox implements PushOutbox {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Override
    public void enqueue(String tenantId, Map<String, PushAction> actions, OffsetDateTime changedAt) {
        OffsetDateTime now = OffsetDateTime.now();
        for (List<String> ids : InLists.of(actions.keySet())) {
            Map<String, PendingPush> waiting = em.createQuery("select p from PendingPush p where p.tenantId = :tenant"
                            + " and p.externalId in :ids", PendingPush.class)
                    .setParameter("tenant", tenantId).setParameter("ids", ids).getResultStream()
                    .collect(Collectors.toMap(PendingPush::getExternalId, Function.identity()));
            for (String id : ids) {
                PendingPush pending = waiting.get(id);
                if (pending == null) {
                    em.persist(new PendingPush(tenantId, id, actions.get(id), changedAt, now));
                } else {
                    pending.changedAgain(actions.get(id), changedAt, now);
                }
            }
        }
    }

    @Override
    public List<OutboxEntry> due(String tenantId, OffsetDateTime now, int limit) {
        return em.createQuery("select p from PendingPush p where p.tenantId = :tenant and (p.notBefore is null"
                        + " or p.notBefore <= :now) order by p.changedAt, p.externalId", PendingPush.class)
                .setParameter("tenant", tenantId).setParameter("now", now).setMaxResults(limit).getResultStream()
                .map(PendingPush::entry).toList();
    }

    @Override
    public void delivered(String tenantId, Collection<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            em.createQuery("delete from PendingPush p where p.tenantId = :tenant and p.externalId = :id"
                            + " and p.sequence = :sequence")
                    .setParameter("tenant", tenantId).setParameter("id", entry.externalId())
                    .setParameter("sequence", entry.sequence()).executeUpdate();
        }
    }

    @Override
    public void postpone(String tenantId, Collection<OutboxEntry> entries, OffsetDateTime notBefore, String error) {
        for (OutboxEntry entry : entries) {
            em.createQuery("update PendingPush p set p.attempts = p.attempts + 1, p.notBefore = :notBefore,"
                            + " p.lastError = :error where p.tenantId = :tenant and p.externalId = :id"
                            + " and p.sequence = :sequence")
                    .setParameter("notBefore", notBefore).setParameter("error", PendingPush.cut(error))
                    .setParameter("tenant", tenantId).setParameter("id", entry.externalId())
                    .setParameter("sequence", entry.sequence()).executeUpdate();
        }
    }

    @Override
    public void forget(String tenantId) {
        em.createQuery("delete from PendingPush p where p.tenantId = :tenant").setParameter("tenant", tenantId)
                .executeUpdate();
    }

    @Override
    public long depth(String tenantId) {
        return em.createQuery("select count(p) from PendingPush p where p.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult();
    }

    @Override
    public Optional<OffsetDateTime> oldestChange(String tenantId) {
        return Optional.ofNullable(em.createQuery("select min(p.changedAt) from PendingPush p where p.tenantId = :tenant",
                OffsetDateTime.class).setParameter("tenant", tenantId).getSingleResult());
    }

    @Override
    public List<String> tenantsWithDue(OffsetDateTime now) {
        return em.createQuery("select distinct p.tenantId from PendingPush p where p.notBefore is null"
                        + " or p.notBefore <= :now", String.class)
                .setParameter("now", now).getResultList();
    }
}
