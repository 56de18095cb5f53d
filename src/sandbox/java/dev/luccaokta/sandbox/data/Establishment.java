package dev.luccaokta.sandbox.data;

import java.util.Objects;

/**
 * An establishment (a site of a legal unit). Directory v3 calls it the user's {@code legalEntity}; the organisation
 * structure API calls it an establishment. An archived establishment can no longer receive employees.
 */
public record Establishment(int id, String name, String code, int legalUnitId, boolean isArchived) {
    public Establishment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
