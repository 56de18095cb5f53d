package dev.luccaokta.lucca;

/** An establishment (the {@code legalEntity} of users) and the legal unit it belongs to. */
public record LuccaEstablishment(long id, String name, String code, Long legalUnitId, Boolean isArchived) {
}
