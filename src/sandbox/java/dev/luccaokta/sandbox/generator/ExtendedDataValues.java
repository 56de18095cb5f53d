package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.ExtendedValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one employee's values for the extended data fields of {@link OrganizationFixture}. Every field except the
 * company-car flag is left empty for part of the staff, so clients meet both filled and empty values.
 */
final class ExtendedDataValues {
    private static final List<String> BLOOD_TYPES = List.of("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-");
    private static final List<String> TSHIRT_SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    private static final List<String> RELATIONSHIPS = List.of("Conjoint", "Parent", "Frère/Sœur", "Ami(e)");
    private static final List<String> LANGUAGES = List.of(
            "Français", "English", "Deutsch", "Nederlands", "Español", "Italiano");
    private static final List<String> LEVELS = List.of("A2", "B1", "B2", "C1", "C2");

    private ExtendedDataValues() {
    }

    static Map<String, ExtendedValue> draw(LocalDate contractStart, LocalDate today, String mobilePrefix, Draw draw) {
        Map<String, ExtendedValue> values = new LinkedHashMap<>();
        if (draw.chance(0.6)) {
            values.put(OrganizationFixture.EXT_BLOOD_TYPE, new ExtendedValue.Text(draw.pick(BLOOD_TYPES)));
        }
        LocalDate badgeDay = draw.dayAround(contractStart, 0, 30);
        if (draw.chance(0.7) && !badgeDay.isAfter(today)) {
            values.put(OrganizationFixture.EXT_BADGE_ISSUED_ON, new ExtendedValue.Day(badgeDay));
        }
        if (draw.chance(0.5)) {
            BigDecimal distance = BigDecimal.valueOf(draw.real(0.5, 80)).setScale(1, RoundingMode.HALF_UP);
            values.put(OrganizationFixture.EXT_COMMUTE_DISTANCE, new ExtendedValue.Number(distance));
        }
        values.put(OrganizationFixture.EXT_COMPANY_CAR, new ExtendedValue.Flag(draw.chance(0.12)));
        if (draw.chance(0.8)) {
            int size = draw.between(1, TSHIRT_SIZES.size());
            values.put(OrganizationFixture.EXT_TSHIRT_SIZE, new ExtendedValue.Choice(size, TSHIRT_SIZES.get(size - 1)));
        }
        if (draw.chance(0.65)) {
            values.put(OrganizationFixture.EXT_EMERGENCY_CONTACT, emergencyContact(mobilePrefix, draw));
        }
        int languageCount = draw.between(0, 3);
        if (languageCount > 0) {
            values.put(OrganizationFixture.EXT_LANGUAGES, languages(languageCount, contractStart, draw));
        }
        return values;
    }

    private static ExtendedValue.Composite emergencyContact(String mobilePrefix, Draw draw) {
        String name = draw.pick(draw.chance(0.5) ? NamePools.FEMALE_FIRST_NAMES : NamePools.MALE_FIRST_NAMES)
                + " " + draw.pick(NamePools.LAST_NAMES);
        Map<String, ExtendedValue> parts = new LinkedHashMap<>();
        parts.put("name", new ExtendedValue.Text(name));
        parts.put("phone", new ExtendedValue.Text(mobilePrefix + " " + draw.digits(8)));
        parts.put("relationship", new ExtendedValue.Text(draw.pick(RELATIONSHIPS)));
        return new ExtendedValue.Composite(parts);
    }

    private static ExtendedValue.Occurrences languages(int count, LocalDate contractStart, Draw draw) {
        List<String> remaining = new ArrayList<>(LANGUAGES);
        List<ExtendedValue.Composite> occurrences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, ExtendedValue> parts = new LinkedHashMap<>();
            parts.put("language", new ExtendedValue.Text(remaining.remove(draw.between(0, remaining.size() - 1))));
            parts.put("level", new ExtendedValue.Text(draw.pick(LEVELS)));
            if (draw.chance(0.5)) {
                parts.put("certifiedOn", new ExtendedValue.Day(draw.dayAround(contractStart, -3650, -30)));
            }
            occurrences.add(new ExtendedValue.Composite(parts));
        }
        return new ExtendedValue.Occurrences(occurrences);
    }
}
