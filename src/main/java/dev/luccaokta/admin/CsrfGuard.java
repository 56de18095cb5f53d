package dev.luccaokta.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses changes that do not carry {@code X-Requested-With}: a browser only adds a custom header to a
 * cross-site request after a CORS preflight this API never grants, so a forged form or link cannot act with
 * an administrator's remembered credentials.
 */
@Provider
public class CsrfGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        if (!SAFE.contains(request.getMethod()) && (header == null || header.isBlank())) {
            request.abortWith(AdminErrorMapper.problem(403, "Not allowed",
                    "Changes must be sent with the header " + HEADER + " (the administration page does)"));
        }
    }
}
