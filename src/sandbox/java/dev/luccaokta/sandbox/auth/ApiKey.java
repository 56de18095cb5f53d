package dev.luccaokta.sandbox.auth;

import dev.luccaokta.sandbox.data.Permission;

import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Lucca API key: the secret the client sends, a numeric id, a display name and the permissions it grants. It is
 * the {@link Principal} of the requests made with it.
 */
public record ApiKey(String key, int id, String name, Set<Permission> permissions) implements Principal {
    public ApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        permissions = permissions.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public ApiKey withPermissions(Set<Permission> newPermissions) {
        return new ApiKey(key, id, name, newPermissions);
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "ApiKey[" + id + " " + name + "]";
    }
}
