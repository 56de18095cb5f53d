package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Country;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.LegalUnit;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;

import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * The organisation structure API's JSON: departments, establishments, legal units (with their country inlined) and countries,
 * served in pages of {@code {items, count, prev, next}} without the Directory v3 envelope.
 */
public final class OrganizationJson {
    private OrganizationJson() {
    }

    /** @param hierarchy the ids from the root, {@code /1/2/48/} */
    public static JsonObject department(Department department, String hierarchy) {
        return JsonValues.object()
                .add("id", department.id())
                .add("name", department.name())
                .add("code", department.code())
                .add("description", text(null))
                .add("parentId", number(department.parentId()))
                .add("hierarchy", hierarchy)
                .add("isActive", department.isActive())
                .add("headId", text(null))
                .build();
    }

    public static JsonObject establishment(Establishment establishment) {
        return JsonValues.object()
                .add("id", establishment.id())
                .add("name", establishment.name())
                .add("code", establishment.code())
                .add("legalUnitId", establishment.legalUnitId())
                .add("isArchived", establishment.isArchived())
                .build();
    }

    public static JsonObject legalUnit(LegalUnit legalUnit, Country country) {
        return JsonValues.object()
                .add("id", legalUnit.id())
                .add("name", legalUnit.name())
                .add("code", legalUnit.code())
                .add("countryId", legalUnit.countryId())
                .add("country", country(country))
                .build();
    }

    public static JsonObject country(Country country) {
        return JsonValues.object()
                .add("id", country.id())
                .add("name", country.name())
                .add("code", country.code())
                .build();
    }

    /**
     * @param count how many items match in all pages
     * @param previous the previous page, or null on the first page
     * @param next the next page, or null on the last page
     */
    public static JsonObject page(JsonArray items, int count, URI previous, URI next) {
        JsonObjectBuilder page = JsonValues.object().add("items", items).add("count", count);
        return page.add("prev", text(previous == null ? null : previous.toString()))
                .add("next", text(next == null ? null : next.toString()))
                .build();
    }
}
