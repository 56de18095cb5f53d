package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Permission;
import dev.luccaokta.sandbox.data.Role;
import jakarta.json.JsonArrayBuilder;

import java.util.Collection;

import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * The fields of {@code /api/v3/roles} items ({@code id, name} by default), and the permission list shared with API
 * keys: permission codes, in a stable order.
 */
public final class RoleJson {
    public static final FieldCatalog<Role> CATALOG = FieldCatalog.<Role>builder("roles")
            .leaf("id", role -> number(role.id()))
            .leaf("name", role -> text(role.name()))
            .leaf("permissions", role -> permissions(role.permissions()).build())
            .build("id,name");

    private RoleJson() {
    }

    /** Permission codes in declaration order, whatever the order of {@code permissions}. */
    public static JsonArrayBuilder permissions(Collection<Permission> permissions) {
        JsonArrayBuilder codes = JsonValues.array();
        permissions.stream().sorted().forEach(permission -> codes.add(permission.code()));
        return codes;
    }
}
