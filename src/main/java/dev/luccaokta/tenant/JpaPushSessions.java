package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * {@link PushSessions} on the application's persistence unit. Reads run in a transaction as writes do, for the
 * periodic tasks' sake (see {@link JpaTenantRepository}).
 */
@ApplicationScoped
@Transactional
public class JpaPushSessions implements PushSessions {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Override
    public void save(PushSessionRecord session) {
        em.persist(new PushSession(session));
    }

    @Override
    public void update(PushSessionRecord session) {
        PushSession stored = em.find(PushSession.class, session.id());
        if (stored == null) {
            throw new IllegalArgumentException("No push session " + session.id() + " is stored");
        }
        stored.update(session);
    }

    @Override
    public Optional<PushSessionRecord> latest(String tenantId) {
        return em.createQuery("select s from PushSession s where s.tenantId = :tenant order by s.createdAt desc, s.id",
                        PushSession.class)
                .setParameter("tenant", tenantId).setMaxResults(1).getResultStream().findFirst().map(PushSession::record);
    }

    @Override
    public List<PushSessionRecord> open(String tenantId) {
        return em.createQuery("select s from PushSession s where s.tenantId = :tenant and s.status not in :ended"
                        + " order by s.createdAt, s.id", PushSession.class)
                .setParameter("tenant", tenantId).setParameter("ended", PushSessionRecord.Status.ended())
                .getResultStream().map(PushSession::record).toList();
    }
}
