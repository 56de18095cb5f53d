package dev.luccaokta.directory;

import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

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

    @Inject
    TenantRepository tenants;

    /** The enabled tenant the token belongs to; a disabled integration answers as if the token were unknown. */
    public Optional<TenantView> byToken(String token) {
        return tenants.findByTokenHash(ScimTokenHash.of(token)).filter(tenant -> !tenant.isDisabled()).map(TenantView::of);
    }
}
