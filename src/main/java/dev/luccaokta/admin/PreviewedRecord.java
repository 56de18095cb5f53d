package dev.luccaokta.admin;

import dev.luccaokta.directory.PropertyCatalogue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lucca's record of one person as the preview shows it: the properties the tenant sends to Okta (the mandatory
 * ones and its selection) and what says which record it is, nothing else the key may read (compensation, birth
 * date, custom fields the tenant did not select...).
 *
 * <pre>{@code
 * JsonObject shown = PreviewedRecord.of(tenant.getSelectedProperties()).legacy(lucca.rawUser(instance, 42).orElseThrow());
 * }</pre>
 */
final class PreviewedRecord {

    private static final String EXTENDED_DATA = "extendedData";
    /** The legacy API's fields that identify the record; every other field is named as its property. */
    private static final Set<String> LEGACY_IDENTIFIERS = Set.of("id", "modifiedOn");
    /** The current API's employee fields that identify the record or say whether the person is active. */
    private static final Set<String> LUCCA_API_IDENTIFIERS = Set.of("id", "type", "url", "status", "lastUpdatedAt");
    /** The current API's employee fields by the property each carries. */
    private static final Map<String, String> LUCCA_API_PROPERTIES = Map.of("givenName", "firstName", "familyName", "lastName",
            "email", "mail", "employeeNumber", "employeeNumber", "phoneNumber", "directLine", "birthDay", "birthDate");

    private final Set<String> shown;

    private PreviewedRecord(Set<String> shown) {
        this.shown = shown;
    }

    static PreviewedRecord of(Set<String> selectedProperties) {
        Set<String> shown = new HashSet<>(PropertyCatalogue.mandatory());
        shown.addAll(selectedProperties);
        return new PreviewedRecord(Set.copyOf(shown));
    }

    /** A user of the legacy API ({@code /api/v3/users/{id}}), whose fields are named as the properties. */
    JsonObject legacy(JsonObject record) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        record.forEach((field, value) -> {
            if (field.equals(EXTENDED_DATA) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                kept.add(field, selected(value.asJsonObject()));
            } else if (LEGACY_IDENTIFIERS.contains(field) || shown.contains(field)) {
                kept.add(field, value);
            }
        });
        return kept.build();
    }

    /** An employee of the current API ({@code /lucca-api/employees}). */
    JsonObject luccaApi(JsonObject record) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        record.forEach((field, value) -> {
            if (LUCCA_API_IDENTIFIERS.contains(field) || shown.contains(LUCCA_API_PROPERTIES.getOrDefault(field, ""))) {
                kept.add(field, value);
            }
        });
        return kept.build();
    }

    private JsonObject selected(JsonObject extendedData) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        extendedData.forEach((code, value) -> {
            if (shown.contains(code)) {
                kept.add(code, value);
            }
        });
        return kept.build();
    }
}
