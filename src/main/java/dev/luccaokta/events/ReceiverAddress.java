package dev.luccaokta.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Lucca reaches a tenant's receiver: {@code connector.publicBaseUrl} (the connector's address as Lucca sees
 * it, with the application's path, e.g. {@code https://okta-connector.acme.com/lucca-okta}) then
 * {@code /events/lucca/<tenant id>}. Without that setting Lucca cannot call the connector, and no tenant gets events.
 *
 * <pre>{@code
 * Optional<URI> url = address.of(tenant.getId());
 * }</pre>
 */
@ApplicationScoped
public class ReceiverAddress {

    @Inject
    @ConfigProperty(name = "connector.publicBaseUrl")
    Optional<String> publicBaseUrl;

    /** The receiver's URL for this tenant, or empty when the deployment does not say where Lucca can reach it. */
    public Optional<URI> of(String tenantId) {
        return base().map(base -> URI.create(base + "/events/lucca/" + tenantId));
    }

    /** Why no tenant can get events, if so. */
    public Optional<String> missing() {
        return base().isPresent() ? Optional.empty()
                : Optional.of("connector.publicBaseUrl is not set: Lucca does not know where to send events");
    }

    private Optional<String> base() {
        return publicBaseUrl.map(String::strip).filter(url -> url.startsWith("https://") || url.startsWith("http://"))
                .map(url -> url.replaceAll("/+$", "")).filter(url -> URI.create(url).getHost() != null);
    }
}
