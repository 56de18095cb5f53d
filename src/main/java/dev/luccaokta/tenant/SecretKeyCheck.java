package dev.luccaokta.tenant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    static final String WRONG_KEY = "connector.secretKey does not open the Lucca API keys stored in the database, nor its "
            + "OAuth client secrets or Okta credentials: every instance on one database needs the same key, and a database "
            + "keeps the key it was written with";

    private static final Logger LOG = Logger.getLogger(SecretKeyCheck.class.getName());
    /** Every sealed column: a database whose tenants all read through an OAuth client holds no API key. */
    private static final List<String> SEALED = List.of(SecretSlot.LUCCA_API_KEY, SecretSlot.LUCCA_CLIENT_SECRET,
            SecretSlot.OKTA_PRIVATE_KEY, SecretSlot.OKTA_API_TOKEN);

    @PersistenceContext(unitName = "lucca-okta")
    EntityManager em;

    /** In a transaction, for the reason given on {@link AdminAccountRepository}. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + String.join(", ", SEALED) + " FROM tenant WHERE "
                + String.join(" IS NOT NULL OR ", SEALED) + " IS NOT NULL").getResultList();
        verify(SecretKeys.box(), rows);
    }

    /**
     * Opens every stored value of the rows (a tenant's id, then its value of each {@link #SEALED} column, or null).
     *
     * @throws IllegalStateException when values are stored and none opens
     */
    static void verify(SecretBox box, List<Object[]> rows) {
        int opened = 0;
        IllegalStateException failed = null;
        for (Object[] row : rows) {
            for (int column = 0; column < SEALED.size(); column++) {
                String stored = (String) row[column + 1];
                if (stored == null) {
                    continue;
                }
                try {
                    new SecretSlot((String) row[0], SEALED.get(column)).open(box, stored);
                    opened++;
                } catch (UnreadableSecretException e) {
                    LOG.severe(e.getMessage());
                    failed = e;
                }
            }
        }
        if (failed != null && opened == 0) {
            throw new IllegalStateException(WRONG_KEY, failed);
        }
    }
}
