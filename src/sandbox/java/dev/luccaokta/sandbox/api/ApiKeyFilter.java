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
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates Lucca API requests: the {@code Authorization: lucca application={key}} header must name a known key,
 * else the answer is 401. The key becomes the request's principal, and its permissions its roles, so that resources
 * check permissions through the standard {@code SecurityContext}.
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
        request.setSecurityContext(new CallerSecurityContext(key, permissionCode -> key.permissions().stream()
                .anyMatch(permission -> permission.code().equals(permissionCode)), secure, "lucca"));
    }
}
