package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.AsciiFolding;

import java.util.List;

/**
 * The phone numbers, postal address and private mail of one employee, in the formats of the country of their site.
 * Each is missing for some employees, as in a real directory.
 */
record ContactDetails(String directLine, String professionalMobile, String personalMobile, String address,
                      String personalEmail) {
    private static final List<String> STREETS = List.of(
            "rue de la Paix", "avenue Victor-Hugo", "boulevard Voltaire", "rue de l'Église", "place du Marché",
            "chemin des Écoliers", "rue Saint-Honoré", "quai des Brumes", "allée des Tilleuls",
            "rue du Général-Leclerc", "rue d'Hauteville", "impasse des Lilas");
    private static final List<String> PRIVATE_MAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

    static ContactDetails draw(Site site, String firstName, String lastName, Draw draw) {
        String directLine = draw.chance(0.6) ? phone(site.landlinePrefix(), draw) : null;
        String professionalMobile = draw.chance(0.75) ? phone(site.mobilePrefix(), draw) : null;
        String personalMobile = draw.chance(0.7) ? phone(site.mobilePrefix(), draw) : null;
        String address = draw.chance(0.9)
                ? draw.between(1, 180) + " " + draw.pick(STREETS) + ", "
                        + draw.pick(site.postcodes()) + " " + site.city()
                : null;
        String personalEmail = draw.chance(0.6)
                ? AsciiFolding.loginPart(firstName) + "." + AsciiFolding.loginPart(lastName) + draw.digits(2)
                        + "@" + draw.pick(PRIVATE_MAIL_DOMAINS)
                : null;
        return new ContactDetails(directLine, professionalMobile, personalMobile, address, personalEmail);
    }

    private static String phone(String prefix, Draw draw) {
        return prefix + " " + draw.digits(2) + " " + draw.digits(2) + " " + draw.digits(2) + " " + draw.digits(2);
    }
}
