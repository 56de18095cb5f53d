package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One slice of the audit purge, in a transaction of its own: the first purge of a large trail then never holds one
 * transaction past the server's timeout, to be rolled back and tried again, in vain, every hour. Plain JPQL (ids
 * first, then those ids), the same on H2 and PostgreSQL, EclipseLink and Hibernate.
 */
@ApplicationScoped
public class AuditPurgeBatch {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /** Deletes at most {@code size} entries whose last record is older than {@code cutoff}; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int delete(OffsetDateTime cutoff, int size) {
        List<String> ids = em.createQuery("select e.id from AuditEntry e where e.lastRecordedAt < :cutoff", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(size).getResultList();
        return ids.isEmpty() ? 0
                : em.createQuery("delete from AuditEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
