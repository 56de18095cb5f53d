package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** {@link AuditRepository} on the application's persistence unit. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    /** Entries deleted per transaction by the purge. */
    static final int PURGE_BATCH = 1_000;

    /** A container resource, which only a field takes. */
    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    private final AuditPurgeBatch purge;

    @Inject
    public JpaAuditRepository(AuditPurgeBatch purge) {
        this.purge = purge;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected JpaAuditRepository() {
        this(null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addOrRepeat(AuditEntry entry, OffsetDateTime since, boolean anyUser) {
        TypedQuery<AuditEntry> same = em.createQuery("select e from AuditEntry e where e.tenantId = :tenant"
                + (anyUser ? "" : " and e.userId = :user")
                + " and e.operation = :operation and e.outcome = :outcome and e.detail = :detail"
                + " and e.lastRecordedAt >= :since order by e.lastRecordedAt desc", AuditEntry.class);
        if (!anyUser) {
            same.setParameter("user", entry.getUserId());
        }
        same.setParameter("tenant", entry.getTenantId())
                .setParameter("operation", entry.getOperation())
                .setParameter("outcome", entry.getOutcome())
                .setParameter("detail", String.valueOf(entry.getDetail()))
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .ifPresentOrElse(AuditEntry::repeated, () -> em.persist(entry));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean complete(String entryId, Integer luccaStatus, AuditOutcome outcome, String detail) {
        AuditEntry entry = em.find(AuditEntry.class, entryId);
        if (entry != null) {
            entry.complete(luccaStatus, outcome, detail);
        }
        return entry != null;
    }

    /** {@value #PURGE_BATCH} entries at a time, each batch in a transaction of its own, until none is left. */
    @Override
    public int deleteRecordedBefore(OffsetDateTime cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = purge.delete(cutoff, PURGE_BATCH);
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    /** In a transaction, for the reason given on {@link AdminAccountRepository}. */
    @Override
    @Transactional
    public AuditPage find(String tenantId, AuditQuery query) {
        String matching = matching(query);
        long total = bind(em.createQuery("select count(e)" + matching, Long.class), tenantId, query).getSingleResult();
        return new AuditPage(total, bind(em.createQuery("select e" + matching + " order by e.lastRecordedAt desc, e.id",
                AuditEntry.class), tenantId, query)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList());
    }

    /** Conditions only for the filters given: a null parameter has no SQL type some databases accept. */
    private static String matching(AuditQuery query) {
        return " from AuditEntry e where e.tenantId = :tenant"
                + (query.outcome().isPresent() ? " and e.outcome = :outcome" : "")
                + (query.userId().isPresent() ? " and e.userId = :user" : "");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> jpql, String tenantId, AuditQuery query) {
        jpql.setParameter("tenant", tenantId);
        query.outcome().ifPresent(outcome -> jpql.setParameter("outcome", outcome));
        query.userId().ifPresent(user -> jpql.setParameter("user", user));
        return jpql;
    }
}
