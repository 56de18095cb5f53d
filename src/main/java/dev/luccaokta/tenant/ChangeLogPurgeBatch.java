package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One slice of the change log's purge, in a transaction of its own, as {@link AuditPurgeBatch} does for the audit
 * trail: ids first, then those ids, in plain JPQL.
 */
@ApplicationScoped
public class ChangeLogPurgeBatch {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /** Deletes at most {@code size} changes published before {@code cutoff}; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteChanges(OffsetDateTime cutoff, int size) {
        return delete("PublishedChange", cutoff, size);
    }

    /** Deletes at most {@code size} publications published before {@code cutoff}; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deletePublications(OffsetDateTime cutoff, int size) {
        return delete("SnapshotPublication", cutoff, size);
    }

    private int delete(String entity, OffsetDateTime cutoff, int size) {
        List<String> ids = em.createQuery("select e.id from " + entity + " e where e.publishedAt < :cutoff", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(size).getResultList();
        return ids.isEmpty() ? 0
                : em.createQuery("delete from " + entity + " e where e.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
