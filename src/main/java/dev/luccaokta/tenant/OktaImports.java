package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The history of Okta's imports ({@link OktaImport}), shared by the instances of a cluster through the database: the
 * pages of one import may reach different instances, each counting its page in the import's row.
 *
 * <pre>{@code
 * Optional<OktaImport> running = imports.running(tenantId, tokenId, "Users");   // locked until the transaction ends
 * imports.begin(new OktaImport(tenantId, tokenId, "Users", now));
 * }</pre>
 *
 * <p>Reads run in a transaction as writes do: the purge that calls this runs again and again in the context captured
 * when it was scheduled, and Payara closes the non-transactional entity manager of that context after the first run.
 */
@ApplicationScoped
@Transactional
public class OktaImports {

    private static final int LOCK_WAIT_MILLIS = 5000;

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /**
     * The newest import of this collection with this token that has not ended, locked until the caller's transaction
     * ends so that two pages of one import arriving at once are each counted. Every such import is locked, not only the
     * newest: a limit beside a lock is not written the same way by every database.
     */
    public Optional<OktaImport> running(String tenantId, String tokenId, String collection) {
        return em.createQuery("select i from OktaImport i where i.tenantId = :tenant and i.tokenId = :token"
                        + " and i.collection = :collection and i.endedAt is null order by i.startedAt desc", OktaImport.class)
                .setParameter("tenant", tenantId).setParameter("token", tokenId).setParameter("collection", collection)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // A lock held by a stuck transaction elsewhere must not hold Okta's page: the recording gives up.
                .setHint("jakarta.persistence.query.timeout", LOCK_WAIT_MILLIS).getResultList().stream().findFirst();
    }

    /** Stores an import that begins; the others of its collection and token that had not ended were abandoned. */
    public void begin(OktaImport started) {
        em.createQuery("update OktaImport i set i.outcome = :abandoned, i.endedAt = i.lastPageAt where i.tenantId = :tenant"
                        + " and i.tokenId = :token and i.collection = :collection and i.endedAt is null")
                .setParameter("abandoned", OktaImport.Outcome.ABANDONED).setParameter("tenant", started.getTenantId())
                .setParameter("token", started.getTokenId()).setParameter("collection", started.getCollection())
                .executeUpdate();
        em.persist(started);
    }

    /** The tenant's imports begun since {@code since}, newest first, at most {@code limit}. */
    public List<OktaImport> startedSince(String tenantId, OffsetDateTime since, int limit) {
        return em.createQuery("select i from OktaImport i where i.tenantId = :tenant and i.startedAt >= :since"
                        + " order by i.startedAt desc, i.id", OktaImport.class)
                .setParameter("tenant", tenantId).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    /** How many of the tenant's imports began on each day (UTC) since {@code since}; days without any are left out. */
    public Map<LocalDate, Long> startedPerDay(String tenantId, LocalDate since) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        em.createQuery("select i.startedAt from OktaImport i where i.tenantId = :tenant and i.startedAt >= :since",
                        OffsetDateTime.class)
                .setParameter("tenant", tenantId).setParameter("since", since.atStartOfDay().atOffset(ZoneOffset.UTC))
                .getResultStream().forEach(at -> perDay.merge(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        return perDay;
    }

    /** Forgets the imports begun before {@code cutoff}. */
    public int deleteStartedBefore(OffsetDateTime cutoff) {
        return em.createQuery("delete from OktaImport i where i.startedAt < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
