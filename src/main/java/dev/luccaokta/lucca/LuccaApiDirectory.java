package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what Lucca's current API (v5) returns into the directory the rest of the connector knows, so that a tenant
 * reading through either API gives Okta the same people and groups. An employee's contract comes from their
 * applicable employment; job title, department, establishment and manager from their applicable job position;
 * personal e-mail, personal mobile, birth date, gender and nationality from their personal record. What the
 * current API does not carry (login, culture, calendar, occupation category, roles, seniority date, professional
 * mobile, address, compensation) is left empty; custom fields come from the employee attributes, in the shape
 * of the legacy {@code extendedData}. The current API names countries only by code, so
 * countries take their French names, as Lucca shows them.
 */
final class LuccaApiDirectory {

    private static final Locale COUNTRY_NAMES = Locale.FRENCH;

    private final ZoneId zone;
    private final Map<Long, JsonObject> employments;
    private final Map<Long, JsonObject> jobPositions;
    private final Map<Long, JsonObject> personalRecords;
    private final Map<Long, JsonObject> customFields;

    /**
     * @param employments     by id
     * @param jobPositions    by id
     * @param personalRecords by employee id; empty when no selected property needs them
     * @param customFields    by employee id, each as the legacy {@code extendedData} (code → value); empty when none
     *                        is selected
     */
    LuccaApiDirectory(ZoneId zone, Map<Long, JsonObject> employments, Map<Long, JsonObject> jobPositions,
                      Map<Long, JsonObject> personalRecords, Map<Long, JsonObject> customFields) {
        this.zone = zone;
        this.employments = employments;
        this.jobPositions = jobPositions;
        this.personalRecords = personalRecords;
        this.customFields = customFields;
    }

    LuccaDirectoryData data(List<JsonObject> employees, List<JsonObject> departments, List<JsonObject> establishments,
                            List<JsonObject> legalEntities, List<LuccaExtendedDataDefinition> definitions) {
        List<LuccaUser> users = users(employees, names(departments, "name"), names(establishments, "name"), Map.of());
        Map<String, LuccaCountry> countries = new LinkedHashMap<>();
        List<LuccaLegalUnit> legalUnits = legalEntities.stream().map(entity -> legalUnit(entity, countries)).toList();
        return new LuccaDirectoryData(users,
                departments.stream().map(LuccaApiDirectory::department).toList(),
                establishments.stream().map(LuccaApiDirectory::establishment).toList(),
                legalUnits, new ArrayList<>(countries.values()), definitions);
    }

    /**
     * The users these employees are, with the names of their departments and establishments by id; a manager's
     * name is theirs among {@code employees}, else the one in {@code knownNames} ("First Last" by employee id).
     */
    List<LuccaUser> users(List<JsonObject> employees, Map<Long, String> departmentNames,
                          Map<Long, String> establishmentNames, Map<Long, String> knownNames) {
        Map<Long, String> employeeNames = new HashMap<>(knownNames);
        employees.forEach(e -> employeeNames.put(LuccaApiJson.id(e, "an employee"), fullName(e)));
        return employees.stream().map(e -> user(e, departmentNames, establishmentNames, employeeNames)).toList();
    }

    private LuccaUser user(JsonObject e, Map<Long, String> departmentNames, Map<Long, String> establishmentNames,
                           Map<Long, String> employeeNames) {
        long id = LuccaApiJson.id(e, "an employee");
        JsonObject employment = LuccaApiJson.refId(e, "applicableEmployment", "employee " + id)
                .map(employments::get).orElse(JsonObject.EMPTY_JSON_OBJECT);
        JsonObject position = LuccaApiJson.refId(e, "applicableJobPosition", "employee " + id)
                .map(jobPositions::get).orElse(JsonObject.EMPTY_JSON_OBJECT);
        JsonObject record = personalRecords.getOrDefault(id, JsonObject.EMPTY_JSON_OBJECT);
        String what = "the job position of employee " + id;
        return new LuccaUser(
                id,
                LuccaApiJson.text(e, "givenName").orElse(null),
                LuccaApiJson.text(e, "familyName").orElse(null),
                null,
                LuccaApiJson.text(e, "email").orElse(null),
                LuccaApiJson.timestamp(e, "lastUpdatedAt", zone).orElse(null),
                startOfDay(LuccaApiJson.date(employment, "start")),
                startOfDay(LuccaApiJson.date(employment, "end")),
                startOfDay(LuccaApiJson.date(record, "birthDate")),
                null,
                LuccaApiJson.text(e, "employeeNumber").orElse(null),
                LuccaApiJson.text(position, "jobTitle").orElse(null),
                gender(record),
                LuccaApiJson.array(record, "nationalitiesCountryCodes").filter(codes -> !codes.isEmpty())
                        .map(codes -> codes.get(0)).filter(JsonString.class::isInstance)
                        .map(code -> ((JsonString) code).getString()).orElse(null),
                LuccaApiJson.text(e, "phoneNumber").orElse(null),
                null,
                LuccaApiJson.text(record, "phoneNumber").orElse(null),
                LuccaApiJson.text(record, "email").orElse(null),
                null,
                null,
                null,
                ref(LuccaApiJson.refId(position, "businessEstablishment", what), establishmentNames),
                ref(LuccaApiJson.refId(position, "department", what), departmentNames),
                ref(LuccaApiJson.refId(position, "manager", what), employeeNames),
                null,
                null,
                List.of(),
                customFields.get(id),
                null);
    }

    /**
     * A custom field's definition in the legacy terms the rest of the connector knows, from the JSON Schema of its
     * values: an array is multiple occurrences, an object {@code {id, name}} a choice (compound), another object a
     * configurable compound, a simple type simple data (a string of format date a date).
     */
    static LuccaExtendedDataDefinition definition(JsonObject definition) {
        String code = LuccaApiJson.text(definition, "id")
                .orElseThrow(() -> new LuccaUnusableAnswerException("a custom field definition without an id"));
        String label = LuccaApiJson.text(definition, "name").orElse(code);
        JsonObject schema = LuccaApiJson.object(definition, "schema").orElse(JsonObject.EMPTY_JSON_OBJECT);
        return switch (LuccaApiJson.text(schema, "type").orElse("")) {
            case "array" -> new LuccaExtendedDataDefinition(code, label, "multipleOccurrences", null);
            case "object" -> new LuccaExtendedDataDefinition(code, label, LuccaApiJson.object(schema, "properties")
                    .map(JsonObject::keySet).filter(Set.of("id", "name")::equals).isPresent()
                    ? "compound" : "configurableCompound", null);
            case "string" -> new LuccaExtendedDataDefinition(code, label, "simple",
                    "date".equals(LuccaApiJson.text(schema, "format").orElse(null)) ? "date" : "string");
            case "number", "integer" -> new LuccaExtendedDataDefinition(code, label, "simple", "number");
            case "boolean" -> new LuccaExtendedDataDefinition(code, label, "simple", "boolean");
            // A shape the connector does not know is offered as what cannot be synchronised.
            default -> new LuccaExtendedDataDefinition(code, label, "configurableCompound", null);
        };
    }

    /** The legacy API's genders; Lucca's "unknown" is no value. */
    private static String gender(JsonObject record) {
        return LuccaApiJson.text(record, "legalGender").filter(gender -> !"unknown".equals(gender)).orElse(null);
    }

    private static String fullName(JsonObject employee) {
        return (LuccaApiJson.text(employee, "givenName").orElse("") + " "
                + LuccaApiJson.text(employee, "familyName").orElse("")).strip();
    }

    private static LuccaRef ref(Optional<Long> id, Map<Long, String> names) {
        return id.map(value -> new LuccaRef(value, names.get(value))).orElse(null);
    }

    private static LocalDateTime startOfDay(Optional<LocalDate> date) {
        return date.map(LocalDate::atStartOfDay).orElse(null);
    }

    private static Map<Long, String> names(List<JsonObject> resources, String member) {
        Map<Long, String> names = new LinkedHashMap<>();
        resources.forEach(r -> names.put(LuccaApiJson.id(r, "an organisation item"), LuccaApiJson.text(r, member).orElse(null)));
        return names;
    }

    private static LuccaDepartment department(JsonObject d) {
        return new LuccaDepartment(LuccaApiJson.id(d, "a department"), LuccaApiJson.text(d, "name").orElse(null),
                LuccaApiJson.text(d, "remoteId").orElse(null),
                LuccaApiJson.refId(d, "parent", "a department").orElse(null), !LuccaApiJson.flag(d, "isArchived"));
    }

    private static LuccaEstablishment establishment(JsonObject b) {
        return new LuccaEstablishment(LuccaApiJson.id(b, "a business establishment"),
                LuccaApiJson.text(b, "name").orElse(null), LuccaApiJson.text(b, "remoteId").orElse(null),
                LuccaApiJson.refId(b, "legalEntity", "a business establishment").orElse(null),
                LuccaApiJson.flag(b, "isArchived"));
    }

    private static LuccaLegalUnit legalUnit(JsonObject entity, Map<String, LuccaCountry> countries) {
        LuccaCountry country = LuccaApiJson.text(entity, "countryCode").map(code -> countries.computeIfAbsent(code,
                known -> new LuccaCountry(countries.size() + 1L, countryName(known), known))).orElse(null);
        return new LuccaLegalUnit(LuccaApiJson.id(entity, "a legal entity"),
                LuccaApiJson.text(entity, "legalName").orElse(null), LuccaApiJson.text(entity, "remoteId").orElse(null),
                country == null ? null : country.id(), country);
    }

    /** The country's name from its ISO 3166 alpha-3 code, or the code itself when the JDK does not know it. */
    static String countryName(String alpha3) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equals(alpha3)) {
                return country.getDisplayCountry(COUNTRY_NAMES);
            }
        }
        return alpha3;
    }
}
