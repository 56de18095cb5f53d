package dev.luccaokta.sandbox.generator;

import java.util.List;

/**
 * What generation needs to know about one establishment: where it is (for addresses and phone numbers), which
 * cultures and calendar its staff use, the currency they are paid in, and how many of the staff work there relative
 * to the other open sites.
 */
record Site(int establishmentId, int countryId, String countryCode, String city, List<String> postcodes,
            String landlinePrefix, String mobilePrefix, List<Integer> cultureIds, int calendarId, String currency,
            int weight) {

    static final List<Site> ALL = List.of(
            new Site(1, OrganizationFixture.FRANCE, "FRA", "Paris", List.of("75002", "75008", "75011", "75015"),
                    "+33 1", "+33 6", List.of(1), 1, "EUR", 45),
            new Site(2, OrganizationFixture.FRANCE, "FRA", "Lyon", List.of("69002", "69003", "69007"),
                    "+33 4", "+33 6", List.of(1), 1, "EUR", 15),
            new Site(3, OrganizationFixture.FRANCE, "FRA", "Nantes", List.of("44000", "44100", "44300"),
                    "+33 2", "+33 7", List.of(1), 1, "EUR", 10),
            new Site(4, OrganizationFixture.FRANCE, "FRA", "Bordeaux", List.of("33000", "33800"),
                    "+33 5", "+33 6", List.of(1), 1, "EUR", 0),
            new Site(5, OrganizationFixture.BELGIUM, "BEL", "Bruxelles", List.of("1000", "1050", "1180"),
                    "+32 2", "+32 475", List.of(2, 3), 2, "EUR", 12),
            new Site(6, OrganizationFixture.BELGIUM, "BEL", "Gent", List.of("9000", "9050"),
                    "+32 9", "+32 486", List.of(3), 2, "EUR", 5),
            new Site(7, OrganizationFixture.SWITZERLAND, "CHE", "Genève", List.of("1201", "1205", "1227"),
                    "+41 22", "+41 79", List.of(4), 3, "CHF", 8),
            new Site(8, OrganizationFixture.SWITZERLAND, "CHE", "Zürich", List.of("8001", "8004", "8050"),
                    "+41 44", "+41 78", List.of(5), 4, "CHF", 5));

    static Site of(int establishmentId) {
        return ALL.stream().filter(site -> site.establishmentId == establishmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No site for establishment " + establishmentId));
    }
}
