package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates (or re-points) the demo tenant at start-up when the demo settings are present, so that the demo
 * run and the integration tests have a tenant without going through the administration interface.
 * Production configurations simply leave {@code demo.scim.token} unset.
 */
@ApplicationScoped
public class DemoTenantProvisioner {

    private static final Logger LOG = Logger.getLogger(DemoTenantProvisioner.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    TenantStoreStatus status;

    @Inject
    @ConfigProperty(name = "demo.scim.token")
    Optional<String> scimToken;

    @Inject
    @ConfigProperty(name = "demo.lucca.apiKey")
    Optional<String> luccaApiKey;

    @Inject
    @ConfigProperty(name = "demo.lucca.baseUrl")
    Optional<String> luccaBaseUrl;

    @Inject
    @ConfigProperty(name = "demo.tenant.name", defaultValue = "Demo company")
    String name;

    @Inject
    @ConfigProperty(name = "demo.tenant.properties")
    Optional<List<String>> properties;

    @Inject
    @ConfigProperty(name = "demo.tenant.groupTypes")
    Optional<List<GroupType>> groupTypes;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // A half-configured demo fails the deployment rather than serving without its tenant.
        scimToken.ifPresent(this::provision);
        status.ready();
    }

    private void provision(String token) {
        String baseUrl = luccaBaseUrl.orElseThrow(() -> missing("demo.lucca.baseUrl"));
        String apiKey = luccaApiKey.orElseThrow(() -> missing("demo.lucca.apiKey"));
        String hash = ScimTokenHash.of(token);
        Tenant tenant = tenants.findByTokenHash(hash).orElseGet(() -> Tenant.create(name, baseUrl, apiKey, hash));
        tenant.connectTo(name, baseUrl, apiKey);
        tenant.selectProperties(properties.orElse(List.of()));
        tenant.enableGroupTypes(groupTypes.orElse(List.of()));
        LOG.info(() -> "Demo tenant ready: " + tenants.save(tenant));
    }

    private static IllegalStateException missing(String property) {
        return new IllegalStateException("demo.scim.token is set but " + property + " is not");
    }
}
