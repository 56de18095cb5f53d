package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.UnauthorizedException;
import dev.luccaokta.directory.ScimTokenId;
import dev.luccaokta.directory.TenantActivity;
import dev.luccaokta.directory.TenantResolver;
import dev.luccaokta.web.AccessLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Resolves the SCIM API token to its tenant: {@code Authorization: Bearer <token>} as Okta's header auth
 * sends it, or the bare token. Only the token's hash is looked up; the token itself goes nowhere.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    @Inject
    TenantResolver tenants;

    @Inject
    AuthenticatedTenant authenticated;

    @Inject
    TenantActivity activity;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        token.flatMap(tenants::byToken)
                .ifPresentOrElse(tenant -> {
                    authenticated.authenticate(tenant, ScimTokenId.of(token.get()));
                    request.setProperty(AccessLog.TENANT, tenant.tenantId());
                    activity.record(tenant.tenantId(), request.getMethod() + " " + ScimEndpoint.of(request));
                }, () -> request.abortWith(ScimErrorResponses.of(new UnauthorizedException(
                        "A valid API token is required: send 'Authorization: Bearer <token>' as configured in Okta"))));
    }

    private static Optional<String> token(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            value = value.substring(BEARER.length()).strip();
        }
        return value.isEmpty() || value.length() > 512 ? Optional.empty() : Optional.of(value);
    }
}
