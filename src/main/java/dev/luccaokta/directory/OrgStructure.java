package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaCountry;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaEstablishment;
import dev.luccaokta.lucca.LuccaLegalUnit;
import dev.luccaokta.lucca.LuccaUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lucca's organisation chain, looked up by id: a user's {@code legalEntity} is an establishment, which
 * belongs to a legal unit, which belongs to a country.
 */
final class OrgStructure {

    /** A legal unit or country, the levels a user reaches only through their establishment. */
    record Unit(String id, String name) {
    }

    private final Map<Long, LuccaEstablishment> establishments;
    private final Map<Long, LuccaLegalUnit> legalUnits;
    private final Map<Long, LuccaCountry> countries;

    OrgStructure(LuccaDirectoryData data) {
        this.establishments = byId(data.establishments(), LuccaEstablishment::id);
        this.legalUnits = byId(data.legalUnits(), LuccaLegalUnit::id);
        this.countries = byId(data.countries(), LuccaCountry::id);
    }

    Optional<Unit> legalUnitOf(LuccaUser user) {
        return legalUnit(user).map(unit -> new Unit(Long.toString(unit.id()), unit.name()));
    }

    /** Countries are identified by ISO alpha-3 code, as Okta's group ids show them. */
    Optional<Unit> countryOf(LuccaUser user) {
        return legalUnit(user).flatMap(this::country).map(country -> new Unit(country.code(), country.name()));
    }

    Optional<LuccaCountry> country(LuccaLegalUnit unit) {
        if (unit.countryId() != null && countries.containsKey(unit.countryId())) {
            return Optional.of(countries.get(unit.countryId()));
        }
        return Optional.ofNullable(unit.country());
    }

    private Optional<LuccaLegalUnit> legalUnit(LuccaUser user) {
        return Optional.ofNullable(user.legalEntity())
                .map(ref -> ref.id() == null ? null : establishments.get(ref.id()))
                .map(establishment -> establishment.legalUnitId() == null ? null : legalUnits.get(establishment.legalUnitId()));
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return Map.copyOf(items.stream().collect(Collectors.toMap(id, Function.identity(), (first, repeat) -> first)));
    }
}
