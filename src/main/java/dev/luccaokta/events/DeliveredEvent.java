package dev.luccaokta.events;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the connector takes from one of Lucca's events: its id, its topic, when it occurred, and the person it is
 * about (the employee's id; an employment's or job position's employee). Nothing else of its {@code data} is
 * trusted: the person is read again from Lucca.
 *
 * <pre>{@code
 * DeliveredEvent event = DeliveredEvent.parse(body);   // throws Malformed
 * }</pre>
 */
record DeliveredEvent(String id, String topic, OffsetDateTime occurredAt, Optional<Long> employeeId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z-]{0,60}(\\.[a-z][a-z-]{0,30})?");

    /** The topics whose resource is a person or belongs to one. */
    static final String EMPLOYEE = "employee";
    private static final String EMPLOYMENT = "employment";
    private static final String JOB_POSITION = "job-position";

    /** An event the connector cannot read: Lucca would not send it. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    static DeliveredEvent parse(byte[] body) throws Malformed {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new Malformed("an event is a JSON object");
            }
            event = object;
        } catch (JsonException | IllegalStateException e) {
            throw new Malformed("the body is not JSON");
        }
        return of(event);
    }

    static DeliveredEvent of(JsonObject event) throws Malformed {
        String id = text(event, "id").filter(value -> ID.matcher(value).matches())
                .orElseThrow(() -> new Malformed("an event needs an id of at most 64 letters, digits or ._:-"));
        String topic = text(event, "topic").filter(value -> TOPIC.matcher(value).matches())
                .orElseThrow(() -> new Malformed("an event needs a topic such as employee.updated"));
        OffsetDateTime occurredAt;
        try {
            occurredAt = OffsetDateTime.parse(text(event, "occurredAt")
                    .orElseThrow(() -> new Malformed("an event needs occurredAt")));
        } catch (DateTimeParseException e) {
            throw new Malformed("occurredAt is not an ISO-8601 date-time with its offset");
        }
        JsonObject data = event.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String resource = resource(topic);
        Optional<Long> employee = switch (resource) {
            case EMPLOYEE -> longId(data.get("id"));
            case EMPLOYMENT, JOB_POSITION -> data.get(EMPLOYEE) instanceof JsonObject ref ? longId(ref.get("id")) : Optional.empty();
            default -> Optional.empty();
        };
        if (isAboutPeople(topic) && employee.isEmpty()) {
            throw new Malformed("a " + resource + " event names its employee");
        }
        return new DeliveredEvent(id, topic, occurredAt, employee);
    }

    /** {@code employee} for {@code employee.updated}. */
    static String resource(String topic) {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }

    /** Whether the event changes a person: the person is read again. */
    static boolean isAboutPeople(String topic) {
        String resource = resource(topic);
        return resource.equals(EMPLOYEE) || resource.equals(EMPLOYMENT) || resource.equals(JOB_POSITION);
    }

    /** Whether the event changes Lucca's organisation: the tenant is read in full. */
    static boolean isAboutOrganisation(String topic) {
        String resource = resource(topic);
        return resource.equals("department") || resource.equals("business-establishment") || resource.equals("legal-entity");
    }

    private static Optional<String> text(JsonObject object, String member) {
        return object.get(member) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }

    /** Lucca's ids are strings of digits in its current API; a number is taken too. */
    private static Optional<Long> longId(JsonValue value) {
        try {
            if (value instanceof JsonString text && text.getString().matches("[0-9]{1,18}")) {
                return Optional.of(Long.parseLong(text.getString()));
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return Optional.of(number.longValueExact());
            }
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
