package dev.luccaokta.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lucca's own data, read straight from the sandbox with a tenant's key: what integration tests compare the
 * connector's SCIM answers against.
 */
public final class LuccaData {

    private static final String FIELDS = "id,firstName,lastName,login,mail,modifiedOn,dtContractStart,dtContractEnd,"
            + "birthDate,employeeNumber,jobTitle,directLine,professionalMobile,address,culture%5Bid,name%5D,"
            + "legalEntity%5Bid,name%5D,department%5Bid,name%5D,manager%5Bid,name%5D,csp%5Bid,name%5D,extendedData";

    public final LocalDate today;
    public final List<JsonObject> users;
    private final Map<Long, JsonObject> establishments;
    private final Map<Long, JsonObject> legalUnits;

    private LuccaData(String key) {
        today = LocalDate.parse(Sandbox.info().getString("today"));
        users = Sandbox.get("/api/v3/users?formerEmployees=true&paging=0,1000&fields=" + FIELDS, key).json()
                .getJsonObject("data").getJsonArray("items").getValuesAs(JsonObject.class);
        establishments = byId(Sandbox.get("/organization/structure/api/establishments?limit=100&isArchived=true,false", key)
                .json().getJsonArray("items").getValuesAs(JsonObject.class));
        legalUnits = byId(Sandbox.get("/organization/structure/api/legal-units?limit=100", key)
                .json().getJsonArray("items").getValuesAs(JsonObject.class));
    }

    public static LuccaData readWith(String key) {
        return new LuccaData(key);
    }

    /** The users the connector lists: all but leavers whose contract ended more than 90 days ago. */
    public List<JsonObject> listed() {
        return users.stream().filter(u -> date(u, "dtContractEnd").map(end -> !end.isBefore(today.minusDays(90))).orElse(true))
                .toList();
    }

    public boolean active(JsonObject user) {
        Optional<LocalDate> start = date(user, "dtContractStart");
        Optional<LocalDate> end = date(user, "dtContractEnd");
        return start.isPresent() && !start.get().isAfter(today) && end.map(e -> !e.isBefore(today)).orElse(true);
    }

    /** The ids of the active people listed, last id first, past the first {@code skip}: test classes share them out. */
    public List<Long> activeFromLast(int skip, int count) {
        return listed().stream().filter(this::active).map(LuccaData::id).sorted(Comparator.reverseOrder())
                .skip(skip).limit(count).toList();
    }

    public JsonObject user(long id) {
        return users.stream().filter(u -> id(u) == id).findFirst().orElseThrow();
    }

    public String legalUnitName(JsonObject user) {
        return legalUnits.get(legalUnitId(user)).getString("name");
    }

    public long legalUnitId(JsonObject user) {
        return establishments.get(id(user.getJsonObject("legalEntity"))).getJsonNumber("legalUnitId").longValue();
    }

    /** ISO alpha-3 code of the user's country, reached through establishment and legal unit. */
    public String countryCode(JsonObject user) {
        return legalUnits.get(legalUnitId(user)).getJsonObject("country").getString("code");
    }

    public static Optional<LocalDate> date(JsonObject object, String field) {
        return object.isNull(field) ? Optional.empty() : Optional.of(LocalDateTime.parse(object.getString(field)).toLocalDate());
    }

    public static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    public static Optional<String> text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? Optional.empty()
                : Optional.of(object.getString(field));
    }

    private static Map<Long, JsonObject> byId(List<JsonObject> items) {
        return items.stream().collect(Collectors.toMap(LuccaData::id, Function.identity()));
    }
}
