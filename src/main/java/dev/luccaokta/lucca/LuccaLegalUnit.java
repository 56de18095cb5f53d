package dev.luccaokta.lucca;

/** A legal unit and its country. */
public record LuccaLegalUnit(long id, String name, String code, Long countryId, LuccaCountry country) {
}
