package dev.luccaokta.sandbox.data;

import java.util.Objects;
import java.util.Set;

/** A Lucca role: users hold one principal role and may be granted others; each role carries permissions. */
public record Role(int id, String name, Set<Permission> permissions) {
    public Role {
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
