package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lucca's request budget spent per instance and day ({@link LuccaUsageDay}). Reads run in a transaction as writes do:
 * the recording runs as a periodic task, where Payara closes a non-transactional entity manager after its first run.
 */
@ApplicationScoped
@Transactional
public class LuccaUsageDays {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /**
     * Adds calls to the day's count. Two instances making the day's row at once: one insert breaks the unique key,
     * the transaction fails, and the caller tries again later.
     */
    public void add(String lucca, LocalDate day, long calls) {
        int updated = em.createQuery("update LuccaUsageDay u set u.calls = u.calls + :calls where u.lucca = :lucca"
                        + " and u.day = :day").setParameter("calls", calls).setParameter("lucca", lucca)
                .setParameter("day", day).executeUpdate();
        if (updated == 0) {
            em.persist(new LuccaUsageDay(lucca, day, calls));
            em.flush();
        }
    }

    /** The calls per day since {@code since}, days without any left out. */
    public Map<LocalDate, Long> perDay(String lucca, LocalDate since) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        em.createQuery("select u from LuccaUsageDay u where u.lucca = :lucca and u.day >= :since", LuccaUsageDay.class)
                .setParameter("lucca", lucca).setParameter("since", since).getResultStream()
                .forEach(row -> perDay.put(row.getDay(), row.getCalls()));
        return perDay;
    }

    /** Forgets the days before {@code day}; how many rows went. */
    public int deleteBefore(LocalDate day) {
        return em.createQuery("delete from LuccaUsageDay u where u.day < :day").setParameter("day", day).executeUpdate();
    }
}
