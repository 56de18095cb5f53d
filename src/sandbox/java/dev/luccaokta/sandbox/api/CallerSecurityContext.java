package dev.luccaokta.sandbox.api;

import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * The security context of an authenticated Lucca request: the caller (an API key or an access token), what it is
 * allowed (permissions or scopes, as roles), and the scheme it authenticated with.
 */
record CallerSecurityContext(Principal caller, Predicate<String> allowed, boolean secure, String scheme)
        implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return allowed.test(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
