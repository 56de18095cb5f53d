package dev.luccaokta.admin;

import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;

/** The tenant of the request's path, once {@link AdminAccess} found it and let the caller manage it. */
@RequestScoped
public class AuthorizedTenant {

    private Tenant tenant;

    void grant(Tenant granted) {
        tenant = granted;
    }

    /** @throws IllegalStateException when the request's path named another tenant, or none was checked */
    Tenant of(String id) {
        if (tenant == null || !tenant.getId().equals(id)) {
            throw new IllegalStateException("No access to tenant " + id + " was decided for this request");
        }
        return tenant;
    }
}
