package dev.luccaokta.sandbox.data;

import java.util.Objects;

/** A legal unit (a company registered in one country) that establishments belong to. */
public record LegalUnit(int id, String name, String code, int countryId) {
    public LegalUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
