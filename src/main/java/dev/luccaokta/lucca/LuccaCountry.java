package dev.luccaokta.lucca;

/** A country: numeric id and ISO 3166 alpha-3 code. */
public record LuccaCountry(long id, String name, String code) {
}
