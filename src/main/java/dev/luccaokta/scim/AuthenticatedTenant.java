package dev.luccaokta.scim;

import dev.luccaokta.directory.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The tenant whose SCIM token authenticated the current request, and that token's id ({@code ScimTokenId}). Kept as
 * an attribute of the request, as {@link dev.luccaokta.web.RequestId} is and for the same reason.
 */
@ApplicationScoped
public class AuthenticatedTenant {

    private static final String ATTRIBUTE = AuthenticatedTenant.class.getName();

    private record Authenticated(TenantView view, String tokenId) {
    }

    /** The current request, whichever it is. */
    @Inject
    HttpServletRequest request;

    void authenticate(TenantView tenant, String presentedTokenId) {
        request.setAttribute(ATTRIBUTE, new Authenticated(tenant, presentedTokenId));
    }

    boolean isAuthenticated() {
        return authenticated().isPresent();
    }

    public TenantView view() {
        return authenticated().orElseThrow(() -> new IllegalStateException("No tenant authenticated this request")).view();
    }

    String tokenId() {
        return authenticated().map(Authenticated::tokenId).orElse(null);
    }

    private Optional<Authenticated> authenticated() {
        return request.getAttribute(ATTRIBUTE) instanceof Authenticated authenticated
                ? Optional.of(authenticated) : Optional.empty();
    }
}
