package dev.luccaokta.sandbox.data;

import java.util.Objects;

/**
 * A node of the department tree. The root has no parent and level 0; each child is one level deeper. An inactive
 * department is kept for history but can no longer receive employees.
 */
public record Department(int id, String name, String code, Integer parentId, boolean isActive, int level) {
    public Department {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
