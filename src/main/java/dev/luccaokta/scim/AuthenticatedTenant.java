package dev.luccaokta.scim;

import dev.luccaokta.directory.TenantView;
import jakarta.enterprise.context.RequestScoped;

/** The tenant whose SCIM token authenticated the current request, and that token's id ({@code ScimTokenId}). */
@RequestScoped
public class AuthenticatedTenant {

    private TenantView view;
    private String tokenId;

    void authenticate(TenantView tenant, String presentedTokenId) {
        this.view = tenant;
        this.tokenId = presentedTokenId;
    }

    boolean isAuthenticated() {
        return view != null;
    }

    public TenantView view() {
        if (view == null) {
            throw new IllegalStateException("No tenant authenticated this request");
        }
        return view;
    }

    String tokenId() {
        return tokenId;
    }
}
