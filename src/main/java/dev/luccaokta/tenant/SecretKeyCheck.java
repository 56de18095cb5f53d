package dev.luccaokta.tenant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Fails the deployment at once when no key can seal stored secrets, or when the key cannot open those already
 * stored (another instance on the same database has another key, or the key was changed), rather than failing
 * every SCIM request of the tenants concerned. Runs after the schema migration, before anything reads a tenant.
 */
@ApplicationScoped
public class SecretKeyCheck {

    @PersistenceContext(unitName = "lucca-okta")
    EntityManager em;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object event) {
        SecretBox box = SecretKeys.box();
        for (Object stored : em.createNativeQuery("SELECT lucca_api_key FROM tenant WHERE lucca_api_key LIKE 'v1:%'")
                .getResultList()) {
            try {
                box.open((String) stored);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("connector.secretKey does not open the Lucca API keys stored in the "
                        + "database: every instance on one database needs the same key, and a database keeps the key "
                        + "it was written with", e);
            }
        }
    }
}
