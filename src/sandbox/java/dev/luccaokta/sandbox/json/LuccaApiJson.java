package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Country;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.ExtendedDataDefinition;
import dev.luccaokta.sandbox.data.ExtendedValue;
import dev.luccaokta.sandbox.data.LegalUnit;
import dev.luccaokta.sandbox.data.Organization;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * The Lucca API's (v5, 2024-11-01) view of the same directory the legacy routes show: string ids, references as
 * {@code {id, type, url}}, UTC timestamps with fractional seconds. Each employee has one employment and one job
 * position, which share the employee's id; the personal record does too. Business establishments are the legacy
 * establishments, legal entities the legacy legal units, employee attributes the legacy extended data.
 */
public final class LuccaApiJson {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSS'Z'");

    private final URI apiBase;
    private final Organization organization;
    private final LocalDate today;
    private final ZoneId zone;

    /**
     * @param apiBase the absolute {@code /lucca-api} URI, for every {@code url}
     * @param zone    where the directory's local date-times were recorded
     */
    public LuccaApiJson(URI apiBase, Organization organization, LocalDate today, ZoneId zone) {
        String base = apiBase.toString();
        this.apiBase = URI.create(base.endsWith("/") ? base : base + "/");
        this.organization = organization;
        this.today = today;
        this.zone = zone;
    }

    /** {@code active} (employed today), {@code upcoming} (only a future contract) or {@code deactivated}. */
    public String status(Employee employee) {
        if (employee.isFuture(today)) {
            return "upcoming";
        }
        return employee.isFormer(today) ? "deactivated" : "active";
    }

    public JsonObject employee(Employee e) {
        return resource("employee", "employees", e.id())
                .add("remoteId", JsonValue.NULL)
                .add("portrait", JsonValue.NULL)
                .add("givenName", e.firstName())
                .add("familyName", e.lastName())
                .add("employeeNumber", text(e.employeeNumber()))
                .add("status", status(e))
                .add("email", text(e.mail()))
                .add("birthDay", e.birthDate() == null ? JsonValue.NULL : JsonValues.object()
                        .add("day", e.birthDate().getDayOfMonth()).add("month", e.birthDate().getMonthValue()).build())
                .add("phoneNumber", text(e.directLine()))
                .add("applicableEmployment", ref("employment", "employments", e.id()))
                .add("applicableJobPosition", ref("job-position", "job-positions", e.id()))
                .add("createdAt", timestamp(e.dtContractStart().atStartOfDay()))
                .add("lastUpdatedAt", timestamp(e.modifiedOn()))
                .add("links", JsonValues.object()
                        .add("employments", link("employments?employee.id=" + e.id()))
                        .add("jobPositions", link("job-positions?employment.employee.id=" + e.id()))
                        .add("personalRecord", link("employee-personal-records?employee.id=" + e.id())))
                .build();
    }

    public JsonObject employment(Employee e) {
        int legalUnit = organization.establishment(e.legalEntityId()).map(Establishment::legalUnitId).orElseThrow();
        return resource("employment", "employments", e.id())
                .add("remoteId", JsonValue.NULL)
                .add("employee", ref("employee", "employees", e.id()))
                .add("legalEntity", ref("legal-entity", "legal-entities", legalUnit))
                .add("status", status(e))
                .add("start", JsonValues.object().add("date", e.dtContractStart().toString()))
                .add("end", e.dtContractEnd() == null ? JsonValue.NULL
                        : JsonValues.object().add("date", e.dtContractEnd().toString()).build())
                .add("template", ref("employment-template", "employment-templates", 1))
                .add("lastUpdatedAt", timestamp(e.modifiedOn()))
                .build();
    }

    public JsonObject jobPosition(Employee e) {
        return resource("job-position", "job-positions", e.id())
                .add("remoteId", JsonValue.NULL)
                .add("employment", ref("employment", "employments", e.id()))
                .add("employee", ref("employee", "employees", e.id()))
                .add("status", status(e))
                .add("startsOn", e.dtContractStart().toString())
                .add("endsOn", e.dtContractEnd() == null ? JsonValue.NULL : text(e.dtContractEnd().toString()))
                .add("businessEstablishment", ref("business-establishment", "business-establishments", e.legalEntityId()))
                .add("department", ref("department", "departments", e.departmentId()))
                .add("jobTitle", text(e.jobTitle()))
                .add("manager", e.managerId() == null ? JsonValue.NULL : ref("employee", "employees", e.managerId()))
                .add("occupationCategory", ref("occupation-category", "occupation-categories", e.cspId()))
                .add("lastUpdatedAt", timestamp(e.modifiedOn()))
                .build();
    }

    public JsonObject personalRecord(Employee e) {
        return resource("employee-personal-record", "employee-personal-records", e.id())
                .add("employee", ref("employee", "employees", e.id()))
                .add("legalGender", e.gender() == null ? "unknown" : e.gender().code())
                .add("birthDate", e.birthDate() == null ? JsonValue.NULL : text(e.birthDate().toString()))
                .add("nationalitiesCountryCodes", e.nationality() == null ? JsonValue.EMPTY_JSON_ARRAY
                        : JsonValues.array().add(e.nationality()).build())
                .add("phoneNumber", text(e.personalMobile()))
                .add("email", text(e.personalEmail()))
                .build();
    }

    public JsonObject department(Department d) {
        return resource("department", "departments", d.id())
                .add("name", d.name())
                .add("description", JsonValue.NULL)
                .add("remoteId", d.code())
                .add("isArchived", !d.isActive())
                .add("parent", d.parentId() == null ? JsonValue.NULL : ref("department", "departments", d.parentId()))
                // Lucca's levels start at 1 for the root.
                .add("level", d.level() + 1)
                .add("manager", JsonValue.NULL)
                .add("sortOrder", d.id())
                .build();
    }

    public JsonObject businessEstablishment(Establishment establishment) {
        return resource("business-establishment", "business-establishments", establishment.id())
                .add("name", establishment.name())
                .add("remoteId", establishment.code())
                .add("legalEntity", ref("legal-entity", "legal-entities", establishment.legalUnitId()))
                .add("isArchived", establishment.isArchived())
                .build();
    }

    public JsonObject legalEntity(LegalUnit unit) {
        Country country = organization.country(unit.countryId()).orElseThrow();
        return resource("legal-entity", "legal-entities", unit.id())
                .add("legalName", unit.name())
                .add("remoteId", unit.code())
                .add("isArchived", false)
                .add("countryCode", country.code())
                .build();
    }

    /** A custom field's definition: its id is the legacy code ({@code e_bloodType}), its values described by a schema. */
    public JsonObject attributeDefinition(ExtendedDataDefinition definition) {
        return resource("employee-attribute-definition", "employee-attribute-definitions", definition.code())
                .add("name", definition.label())
                .add("schema", ExtendedDataJson.schema(definition))
                .build();
    }

    /** One employee's value of one custom field, as the legacy {@code extendedData} shows it. */
    public JsonObject attribute(long id, Employee e, ExtendedDataDefinition definition, ExtendedValue value) {
        return resource("employee-attribute", "employee-attributes", Long.toString(id))
                .add("definition", resource("employee-attribute-definition", "employee-attribute-definitions",
                        definition.code()).build())
                .add("employee", ref("employee", "employees", e.id()))
                .add("applicability", JsonValue.NULL)
                .add("value", ExtendedDataJson.value(value, definition))
                .build();
    }

    /**
     * A collection page: {@code links} and {@code totalCount} only when asked for.
     *
     * @param next the next page's URI, or null on the last page
     */
    public static JsonObject collection(String type, URI self, JsonArray items, Integer totalCount, boolean links,
                                        URI next, JsonObject embedded) {
        JsonObjectBuilder page = JsonValues.object().add("type", type).add("url", self.toString()).add("items", items);
        if (totalCount != null) {
            page.add("totalCount", totalCount);
        }
        if (links) {
            page.add("links", JsonValues.object().add("prev", JsonValue.NULL)
                    .add("next", next == null ? JsonValue.NULL : JsonValues.object().add("href", next.toString()).build()));
        }
        if (embedded != null) {
            page.add("embedded", embedded);
        }
        return page.build();
    }

    private JsonObjectBuilder resource(String type, String collection, int id) {
        return resource(type, collection, Integer.toString(id));
    }

    private JsonObjectBuilder resource(String type, String collection, String id) {
        return JsonValues.object().add("id", id).add("type", type)
                .add("url", apiBase.resolve(collection + "/" + id).toString());
    }

    private JsonObject ref(String type, String collection, int id) {
        return resource(type, collection, id).build();
    }

    private JsonObject link(String relative) {
        return JsonValues.object().add("href", apiBase.resolve(relative).toString()).build();
    }

    private String timestamp(LocalDateTime local) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
    }
}
