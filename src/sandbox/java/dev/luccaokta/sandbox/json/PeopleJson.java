package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Hire;
import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.data.PersonChange;
import dev.luccaokta.sandbox.data.UserPatch;
import dev.luccaokta.sandbox.data.WritableField;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the bodies of {@code POST /sandbox/employees} (a hire) and {@code PATCH /sandbox/employees/{id}} (a rename,
 * a new job title, a move, a leave): {@code firstName}, {@code lastName}, {@code jobTitle}, {@code departmentId},
 * {@code establishmentId} (the legacy {@code legalEntityId}), {@code managerId}, and the contract's
 * {@code startDate} (hire only, default today) and {@code endDate} ({@code yyyy-MM-dd}, or null).
 *
 * <pre>{@code
 * Hire hire = PeopleJson.hire("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"departmentId\":2,"
 *         + "\"establishmentId\":1}", today);
 * }</pre>
 */
public final class PeopleJson {
    private static final Map<String, WritableField> FIELDS = Map.of("firstName", WritableField.FIRST_NAME,
            "lastName", WritableField.LAST_NAME, "jobTitle", WritableField.JOB_TITLE,
            "departmentId", WritableField.DEPARTMENT_ID, "establishmentId", WritableField.LEGAL_ENTITY_ID,
            "managerId", WritableField.MANAGER_ID);
    private static final String START = "startDate";
    private static final String END = "endDate";

    private PeopleJson() {
    }

    /** @throws InvalidDataException when the body is malformed or misses a required field */
    public static Hire hire(String body, LocalDate today) {
        JsonObject json = JsonValues.parseObject(body);
        LocalDate start = json.containsKey(START) ? date(START, json.get(START)) : today;
        return new Hire(fields(json, true), start == null ? today : start, date(END, json.get(END)));
    }

    /** @throws InvalidDataException when the body is malformed */
    public static PersonChange change(String body) {
        JsonObject json = JsonValues.parseObject(body);
        return new PersonChange(new UserPatch(fields(json, false)), json.containsKey(END), date(END, json.get(END)));
    }

    private static Map<WritableField, Object> fields(JsonObject json, boolean hiring) {
        Map<WritableField, Object> values = new EnumMap<>(WritableField.class);
        json.forEach((name, value) -> {
            WritableField field = FIELDS.get(name);
            if (field != null) {
                values.put(field, UserPatchJson.value(field, value));
            } else if (!name.equals(END) && !(hiring && name.equals(START))) {
                TreeSet<String> accepted = new TreeSet<>(FIELDS.keySet());
                accepted.add(END);
                if (hiring) {
                    accepted.add(START);
                }
                throw new InvalidDataException("Unknown field '" + name + "'; accepted: " + accepted);
            }
        });
        return values;
    }

    private static LocalDate date(String name, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonString text) {
                return LocalDate.parse(text.getString());
            }
        } catch (DateTimeParseException e) {
            // Refused below.
        }
        throw new InvalidDataException(name + " must be a date such as 2025-01-31, not " + value);
    }
}
