package dev.luccaokta.scim;

import dev.luccaokta.directory.TenantView;
import jakarta.enterprise.context.RequestScoped;

/** The tenant whose SCIM token authenticated the current request. */
@RequestScoped
public class AuthenticatedTenant {

    private TenantView view;

    void authenticate(TenantView tenant) {
        this.view = tenant;
    }

    public TenantView view() {
        if (view == null) {
            throw new IllegalStateException("No tenant authenticated this request");
        }
        return view;
    }
}
