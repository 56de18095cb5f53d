package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

/**
 * What each publication of a tenant's snapshot changed for Okta ({@link SnapshotPublication}, {@link PublishedChange}),
 * kept for a while and read newest first.
 *
 * <p>Reads run in a transaction as writes do: publications are recorded from the managed executor, where Payara
 * closes a non-transactional entity manager after a task's first run.
 *
 * <pre>{@code
 * changeLog.record(publication, changes);
 * ChangeLog.Page page = changeLog.publications(tenantId, since, now, 0, 50);
 * List<PublishedChange> listed = changeLog.changesOf(page.publications(), 200);
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class ChangeLog {

    /** Rows deleted per transaction by the purge. */
    static final int PURGE_BATCH = 1_000;

    /** A page of publications, newest first, and how many there are in the period. */
    public record Page(long total, List<SnapshotPublication> publications) {
    }

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Inject
    ChangeLogPurgeBatch purge;

    /** Stores a publication and the changes it lists, together. */
    public void record(SnapshotPublication publication, List<PublishedChange> changes) {
        em.persist(publication);
        changes.forEach(em::persist);
    }

    /** The tenant's publications from {@code since} to {@code until}, newest first. */
    public Page publications(String tenantId, OffsetDateTime since, OffsetDateTime until, int offset, int count) {
        String period = " from SnapshotPublication p where p.tenantId = :tenant and p.publishedAt >= :since"
                + " and p.publishedAt <= :until";
        long total = em.createQuery("select count(p)" + period, Long.class)
                .setParameter("tenant", tenantId).setParameter("since", since).setParameter("until", until)
                .getSingleResult();
        return new Page(total, em.createQuery("select p" + period + " order by p.publishedAt desc, p.id",
                        SnapshotPublication.class)
                .setParameter("tenant", tenantId).setParameter("since", since).setParameter("until", until)
                .setFirstResult(offset).setMaxResults(count).getResultList());
    }

    /** How many publications the tenant had each day (UTC) since {@code since}, days without any left out. */
    public Map<LocalDate, Long> publishedPerDay(String tenantId, LocalDate since) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        em.createQuery("select p.publishedAt from SnapshotPublication p where p.tenantId = :tenant and p.publishedAt >= :since",
                        OffsetDateTime.class)
                .setParameter("tenant", tenantId).setParameter("since", since.atStartOfDay().atOffset(ZoneOffset.UTC))
                .getResultStream().forEach(at -> perDay.merge(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        return perDay;
    }

    /** The first {@code perPublication} changes each of these publications lists, in their order. */
    public List<PublishedChange> changesOf(List<SnapshotPublication> publications, int perPublication) {
        if (publications.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from PublishedChange c where c.publicationId in :ids and c.lineNo < :limit"
                        + " order by c.publicationId, c.lineNo", PublishedChange.class)
                .setParameter("ids", publications.stream().map(SnapshotPublication::getId).toList())
                .setParameter("limit", perPublication).getResultList();
    }

    /**
     * Deletes the publications (and their changes) published before {@code cutoff}, {@value #PURGE_BATCH} rows to a
     * transaction, until none is left; how many publications.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int deletePublishedBefore(OffsetDateTime cutoff) {
        // Changes first: none is ever left without its publication.
        untilNoneLeft(() -> purge.deleteChanges(cutoff, PURGE_BATCH));
        return untilNoneLeft(() -> purge.deletePublications(cutoff, PURGE_BATCH));
    }

    private static int untilNoneLeft(IntSupplier batch) {
        int total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted > 0);
        return total;
    }
}
