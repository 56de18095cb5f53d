package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.AccessToken;
import dev.luccaokta.sandbox.auth.OAuthClientRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Authenticates Lucca API (v5) requests: {@code Authorization: Bearer <token>} must carry a live token (else 401, as
 * for an expired one), and {@code Api-Version} a date no earlier than the first version, {@value #FIRST_VERSION}
 * (else 400; a later date means the latest version). The token becomes the request's principal and its scopes its
 * roles.
 */
@Provider
@RequiresBearerToken
@Priority(Priorities.AUTHENTICATION)
@Dependent
public class BearerTokenFilter implements ContainerRequestFilter {
    static final String FIRST_VERSION = "2024-11-01";
    private static final String BEARER = "bearer ";

    @Inject
    OAuthClientRegistry clients;

    @Override
    public void filter(ContainerRequestContext request) {
        AccessToken token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)).flatMap(clients::find)
                .orElseThrow(() -> new LuccaException(401,
                        "Missing, unknown or expired access token: send 'Authorization: Bearer {access_token}'"));
        checkVersion(request.getHeaderString("Api-Version"));
        request.setSecurityContext(new CallerSecurityContext(token, token::grants,
                request.getSecurityContext().isSecure(), "Bearer"));
    }

    private static Optional<String> bearer(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }

    private static void checkVersion(String version) {
        if (version == null || version.isBlank()) {
            throw LuccaException.badRequest("The Api-Version header is required, e.g. 'Api-Version: " + FIRST_VERSION + "'");
        }
        LocalDate asked;
        try {
            asked = LocalDate.parse(version.length() > 10 ? "" : version.trim());
        } catch (DateTimeParseException e) {
            throw LuccaException.badRequest("Api-Version is a date such as " + FIRST_VERSION + ", not '" + version + "'");
        }
        if (asked.isBefore(LocalDate.parse(FIRST_VERSION))) {
            throw LuccaException.badRequest("No API version on or before " + asked + "; the first is " + FIRST_VERSION);
        }
    }
}
