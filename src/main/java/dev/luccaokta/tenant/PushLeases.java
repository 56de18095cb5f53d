package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One instance of a cluster at a time sends a tenant's outbox to Okta: it holds the tenant's lease, renewed while it
 * sends or follows an import session, and given back when it is done; a lease not renewed (an instance stopped)
 * ends by itself.
 *
 * <pre>{@code
 * if (leases.acquire(tenantId, Duration.ofMinutes(2))) { try { send(); } finally { leases.release(tenantId); } }
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class PushLeases {

    private final String instance = UUID.randomUUID().toString();

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /**
     * Takes or renews the tenant's lease for {@code lease}; false when another instance holds it.
     *
     * @throws RuntimeException when another instance took a lease never held before at the same time: not held
     */
    public boolean acquire(String tenantId, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PushLease held = em.find(PushLease.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            em.persist(new PushLease(tenantId, instance, now.plus(lease)));
            em.flush();
            return true;
        }
        if (held.heldByAnother(instance, now)) {
            return false;
        }
        held.hold(instance, now.plus(lease));
        return true;
    }

    /** Gives the lease back, if this instance holds it. */
    public void release(String tenantId) {
        em.createQuery("update PushLease l set l.leasedUntil = :now where l.tenantId = :tenant and l.owner = :owner")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("tenant", tenantId)
                .setParameter("owner", instance).executeUpdate();
    }
}
