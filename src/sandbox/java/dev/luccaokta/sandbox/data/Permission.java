package dev.luccaokta.sandbox.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Lucca permission, as granted to an API key or a role. The code is what the API shows; the label is the wording
 * Lucca's administration screens use, which is also what a refusal message quotes so that an administrator knows
 * which box to tick.
 */
public enum Permission {
    USERS_READ("users.read", "View user files"),
    USERS_READ_FUTURE("users.readFuture", "View future employees"),
    USERS_EDIT("users.edit", "Edit user file"),
    DEPARTMENTS_ADMIN("departments.admin", "Department administration"),
    ORGANIZATION_EDIT("organization.edit", "Edit establishments and legal units"),
    OKTA_ADMINISTER("okta.administer", "Administer OKTA synchronization");

    private final String code;
    private final String label;

    Permission(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The permission with this exact code, if Lucca has one. */
    public static Optional<Permission> fromCode(String code) {
        return Arrays.stream(values()).filter(permission -> permission.code.equals(code)).findFirst();
    }
}
