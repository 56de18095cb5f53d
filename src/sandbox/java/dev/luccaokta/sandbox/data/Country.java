package dev.luccaokta.sandbox.data;

import java.util.Objects;

/**
 * A country of the organisation structure API. Its id is the ISO 3166 numeric code (France is 250) and its code the
 * ISO 3166 alpha-3 code (FRA), as Lucca does.
 */
public record Country(int id, String name, String code) {
    public Country {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
