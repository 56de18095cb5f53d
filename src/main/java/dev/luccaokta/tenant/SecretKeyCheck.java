package dev.luccaokta.tenant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fails the deployment at once when no key can seal stored secrets, or when the key opens none of those already
 * stored (another instance on the same database has another key, or the key was changed), rather than failing
 * every SCIM request of the tenants concerned. A stored value that alone does not open (copied from another row,
 * written in plain text) breaks its tenant only: it is named in the log, and refused when used. Runs after the
 * schema migration, before anything reads a tenant.
 */
@ApplicationScoped
public class SecretKeyCheck {

    static final String WRONG_KEY = "connector.secretKey does not open the Lucca API keys stored in the database: every "
            + "instance on one database needs the same key, and a database keeps the key it was written with";

    private static final Logger LOG = Logger.getLogger(SecretKeyCheck.class.getName());

    @PersistenceContext(unitName = "lucca-okta")
    EntityManager em;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object event) {
        SecretBox box = SecretKeys.box();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + SecretSlot.LUCCA_API_KEY + " FROM tenant WHERE "
                + SecretSlot.LUCCA_API_KEY + " IS NOT NULL").getResultList();
        int opened = 0;
        IllegalStateException failed = null;
        for (Object[] row : rows) {
            try {
                new SecretSlot((String) row[0], SecretSlot.LUCCA_API_KEY).open(box, (String) row[1]);
                opened++;
            } catch (UnreadableSecretException e) {
                LOG.severe(e.getMessage());
                failed = e;
            }
        }
        if (failed != null && opened == 0) {
            throw new IllegalStateException(WRONG_KEY, failed);
        }
    }
}
