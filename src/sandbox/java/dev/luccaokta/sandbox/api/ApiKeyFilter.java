package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.auth.ApiKeyRegistry;
import dev.luccaokta.sandbox.auth.AuthorizationHeader;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

/**
 * Authenticates Lucca API requests: the {@code Authorization: lucca application={key}} header must name a known key,
 * else the answer is 401. The key becomes the request's principal, and its permissions its roles, so that resources
 * check permissions through the standard {@link SecurityContext}.
 */
@Provider
@RequiresApiKey
@Priority(Priorities.AUTHENTICATION)
@Dependent
public class ApiKeyFilter implements ContainerRequestFilter {
    @Inject
    ApiKeyRegistry apiKeys;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiKey key = AuthorizationHeader.apiKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(apiKeys::find)
                .orElseThrow(() -> new LuccaException(401,
                        "Missing or unknown API key: send the header 'Authorization: lucca application={apiKey}'"));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ApiKeySecurityContext(key, secure));
    }

    /** The security context of a request authenticated by an API key. */
    private record ApiKeySecurityContext(ApiKey key, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return key;
        }

        @Override
        public boolean isUserInRole(String permissionCode) {
            return key.permissions().stream().anyMatch(permission -> permission.code().equals(permissionCode));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "lucca";
        }
    }
}
