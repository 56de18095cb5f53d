package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link OktaLedger} on the application's persistence unit. Reads run in a transaction as writes do, for the
 * periodic tasks' sake (see {@link JpaTenantRepository}).
 */
@ApplicationScoped
@Transactional
public class JpaOktaLedger implements OktaLedger {

    /** Not a hash: equal to none, so the person is sent again. */
    static final String FORGOTTEN = "-";

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Override
    public Map<String, String> hashes(String tenantId) {
        return hashes(em.createQuery("select s from SentProfile s where s.tenantId = :tenant"
                        + " and s.externalId not like :groups and s.externalId not like :memberships", SentProfile.class)
                .setParameter("tenant", tenantId).setParameter("groups", GROUP + "%")
                .setParameter("memberships", MEMBERSHIP + "%"));
    }

    @Override
    public Map<String, String> hashes(String tenantId, Collection<String> externalIds) {
        Map<String, String> hashes = new HashMap<>();
        for (List<String> ids : InLists.of(externalIds)) {
            hashes.putAll(hashes(em.createQuery("select s from SentProfile s where s.tenantId = :tenant"
                    + " and s.externalId in :ids", SentProfile.class).setParameter("tenant", tenantId).setParameter("ids", ids)));
        }
        return hashes;
    }

    @Override
    public Map<String, String> hashesOf(String tenantId, String kind) {
        if (!GROUP.equals(kind) && !MEMBERSHIP.equals(kind)) {
            throw new IllegalArgumentException("Groups or memberships, not " + kind);
        }
        return hashes(em.createQuery("select s from SentProfile s where s.tenantId = :tenant and s.externalId like :kind",
                SentProfile.class).setParameter("tenant", tenantId).setParameter("kind", kind + "%"));
    }

    private static Map<String, String> hashes(TypedQuery<SentProfile> query) {
        Map<String, String> hashes = new HashMap<>();
        query.getResultStream().forEach(sent -> hashes.put(sent.getExternalId(), sent.getProfileHash()));
        return hashes;
    }

    @Override
    public void sent(String tenantId, Map<String, String> hashes, Collection<String> deleted, OffsetDateTime at) {
        for (List<String> ids : InLists.of(hashes.keySet())) {
            Map<String, SentProfile> known = em.createQuery("select s from SentProfile s where s.tenantId = :tenant"
                            + " and s.externalId in :ids", SentProfile.class)
                    .setParameter("tenant", tenantId).setParameter("ids", ids).getResultStream()
                    .collect(Collectors.toMap(SentProfile::getExternalId, Function.identity()));
            for (String id : ids) {
                SentProfile sent = known.get(id);
                if (sent == null) {
                    em.persist(new SentProfile(tenantId, id, hashes.get(id), at));
                } else {
                    sent.sent(hashes.get(id), at);
                }
            }
        }
        for (List<String> ids : InLists.of(deleted)) {
            em.createQuery("delete from SentProfile s where s.tenantId = :tenant and s.externalId in :ids")
                    .setParameter("tenant", tenantId).setParameter("ids", ids).executeUpdate();
        }
    }

    @Override
    public void forget(String tenantId) {
        em.createQuery("delete from SentProfile s where s.tenantId = :tenant").setParameter("tenant", tenantId)
                .executeUpdate();
    }

    @Override
    public void forgetProfiles(String tenantId) {
        em.createQuery("update SentProfile s set s.profileHash = :forgotten where s.tenantId = :tenant")
                .setParameter("forgotten", FORGOTTEN).setParameter("tenant", tenantId).executeUpdate();
    }

    @Override
    public long count(String tenantId) {
        return em.createQuery("select count(s) from SentProfile s where s.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult();
    }
}
