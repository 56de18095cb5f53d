package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tenants that push to Okta, read afresh each time: a round, or a session being followed, stops once its tenant
 * was deleted, disabled, put back to SCIM or pointed at another identity source meanwhile.
 */
@ApplicationScoped
class PushTenants {

    @Inject
    TenantRepository tenants;

    /**
     * The tenant as it pushes now; empty when it does not.
     *
     * @throws IllegalArgumentException when its stored Okta settings are incomplete or unusable
     */
    Optional<PushTenant> current(String tenantId) {
        return tenants.findById(tenantId).filter(Tenant::pushesToOkta).map(PushTenant::of);
    }

    /** Whether the tenant still pushes to the identity source it pushed to {@code then} (credentials may differ). */
    boolean stillSendsTo(PushTenant then) {
        try {
            return current(then.id()).map(PushTenant::source).filter(now -> now.orgUrl().equals(then.source().orgUrl())
                    && now.sourceId().equals(then.source().sourceId())).isPresent();
        } catch (IllegalArgumentException unusable) {
            return false;
        }
    }
}
