package dev.luccaokta.directory;

import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UnreadableSecretException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds the tenant a SCIM API token belongs to, by the token's hash: the token itself is neither stored
 * nor kept.
 *
 * <pre>{@code
 * Optional<TenantView> tenant = resolver.byToken(presentedToken);
 * }</pre>
 */
@ApplicationScoped
public class TenantResolver {

    private static final Logger LOG = Logger.getLogger(TenantResolver.class.getName());
    private static final Duration BROKEN_RETRY_AFTER = Duration.ofMinutes(5);

    @Inject
    TenantRepository tenants;

    /**
     * The enabled tenant the token belongs to; a disabled integration answers as if the token were unknown.
     *
     * @throws DirectoryUnavailableException when the tenant's stored Lucca credentials do not open: it is broken
     *                                       until an administrator enters them again, and is never served with a
     *                                       value that was not sealed for it
     */
    public Optional<TenantView> byToken(String token) {
        try {
            return tenants.findByTokenHash(ScimTokenHash.of(token)).filter(tenant -> !tenant.isDisabled()).map(TenantView::of);
        } catch (UnreadableSecretException e) {
            LOG.severe(e.getMessage());
            throw new DirectoryUnavailableException("This tenant's Lucca credentials must be entered again by an "
                    + "administrator", BROKEN_RETRY_AFTER, e);
        }
    }
}
