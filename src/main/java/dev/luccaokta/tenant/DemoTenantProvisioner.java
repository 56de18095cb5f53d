package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates (or re-points) the demo tenants at start-up, so that the demo run and the integration tests have
 * tenants without going through the administration interface. Each name in {@code demo.tenants} is a
 * prefix: {@code demo.scim.token}, {@code demo.lucca.baseUrl}, {@code demo.lucca.apiKey} and/or
 * {@code demo.lucca.clientId} with {@code demo.lucca.clientSecret} (reads through Lucca's current API),
 * {@code demo.tenant.name}, {@code demo.tenant.properties}, {@code demo.tenant.groupTypes} and the options
 * {@code demo.tenant.leaversGraceDays}, {@code demo.tenant.snapshotTtlSeconds}, {@code demo.tenant.userNameSource}
 * for "demo". A tenant that pushes to Okta has {@code demo.tenant.deliveryMode=OKTA_PUSH}, {@code demo.okta.orgUrl},
 * {@code demo.okta.sourceId} and either {@code demo.okta.apiToken} or {@code demo.okta.clientId} with
 * {@code demo.okta.privateKeyFile} (a file holding the service app's private JWK, read at start-up); the Okta settings
 * are kept when it pulls over SCIM.
 * Production configurations leave {@code demo.tenants} unset.
 */
@ApplicationScoped
public class DemoTenantProvisioner {

    private static final Logger LOG = Logger.getLogger(DemoTenantProvisioner.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    TenantStoreStatus status;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "demo.tenants", defaultValue = " ")
    List<String> prefixes;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // A half-configured demo fails the deployment rather than serving without its tenant.
        prefixes.stream().map(String::strip).filter(p -> !p.isEmpty()).forEach(this::provision);
        status.ready();
    }

    private void provision(String prefix) {
        String name = config.getOptionalValue(prefix + ".tenant.name", String.class).orElse(prefix);
        String baseUrl = config.getValue(prefix + ".lucca.baseUrl", String.class);
        String apiKey = config.getOptionalValue(prefix + ".lucca.apiKey", String.class).orElse(null);
        String hash = ScimTokenHash.of(config.getValue(prefix + ".scim.token", String.class));
        Tenant tenant = tenants.findByTokenHash(hash).orElseGet(() -> Tenant.create(name, baseUrl, apiKey, hash));
        tenant.connectTo(name, baseUrl, apiKey);
        tenant.selectProperties(config.getOptionalValues(prefix + ".tenant.properties", String.class).orElse(List.of()));
        tenant.enableGroupTypes(config.getOptionalValues(prefix + ".tenant.groupTypes", GroupType.class).orElse(List.of()));
        tenant.configure(
                config.getOptionalValue(prefix + ".tenant.leaversGraceDays", Integer.class).orElse(Tenant.DEFAULT_LEAVERS_GRACE_DAYS),
                config.getOptionalValue(prefix + ".tenant.snapshotTtlSeconds", Long.class).map(Duration::ofSeconds)
                        .orElse(Tenant.DEFAULT_SNAPSHOT_TTL),
                config.getOptionalValue(prefix + ".tenant.userNameSource", UserNameSource.class).orElse(UserNameSource.LOGIN));
        tenant.setReverseSync(config.getOptionalValue(prefix + ".tenant.reverseSync", Boolean.class).orElse(false));
        tenant.setLoginMailWriteBack(config.getOptionalValue(prefix + ".tenant.loginMailWriteBack", Boolean.class).orElse(false));
        tenant.setLuccaEvents(config.getOptionalValue(prefix + ".tenant.luccaEvents", Boolean.class).orElse(false));
        tenant.useLuccaClient(config.getOptionalValue(prefix + ".lucca.clientId", String.class).orElse(null),
                config.getOptionalValue(prefix + ".lucca.clientSecret", String.class).orElse(null));
        deliver(prefix, tenant);
        LOG.info(() -> "Demo tenant ready: " + tenants.save(tenant));
    }

    private void deliver(String prefix, Tenant tenant) {
        Optional<String> orgUrl = config.getOptionalValue(prefix + ".okta.orgUrl", String.class);
        if (orgUrl.isPresent()) {
            tenant.pushToOkta(orgUrl.get(), config.getValue(prefix + ".okta.sourceId", String.class),
                    config.getOptionalValue(prefix + ".okta.clientId", String.class).orElse(null),
                    config.getOptionalValue(prefix + ".okta.privateKeyFile", String.class).map(DemoTenantProvisioner::read)
                            .orElse(null),
                    config.getOptionalValue(prefix + ".okta.apiToken", String.class).orElse(null));
        }
        DeliveryMode mode = config.getOptionalValue(prefix + ".tenant.deliveryMode", DeliveryMode.class)
                .orElse(DeliveryMode.SCIM_PULL);
        if (mode == DeliveryMode.OKTA_PUSH && orgUrl.isEmpty()) {
            throw new IllegalArgumentException(prefix + ".tenant.deliveryMode=OKTA_PUSH needs " + prefix + ".okta.orgUrl");
        }
        if (mode == DeliveryMode.SCIM_PULL) {
            tenant.pullOverScim();
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the service app's key file " + file, e);
        }
    }
}
