package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.data.Permission;
import jakarta.ws.rs.core.SecurityContext;

/** The API key behind an authenticated request, and the permission checks resources make on it. */
final class Caller {
    private Caller() {
    }

    static ApiKey of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof ApiKey key) {
            return key;
        }
        throw new IllegalStateException("Request reached a Lucca resource without API key authentication");
    }

    /** @throws LuccaException 403, naming the permission, when the key lacks it */
    static ApiKey require(SecurityContext security, Permission permission) {
        ApiKey key = of(security);
        require(key, permission);
        return key;
    }

    static void require(ApiKey key, Permission permission) {
        if (!key.grants(permission)) {
            throw new LuccaException(403, "The API key '" + key.name() + "' lacks the permission "
                    + permission.code() + " (\"" + permission.label() + "\")");
        }
    }
}
