package dev.luccaokta.lucca;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reading the values of Lucca's current API (v5) defensively: string ids, references {@code {id, type, url}},
 * dates, UTC timestamps. A required value that is missing or of the wrong shape is a
 * {@link LuccaUnusableAnswerException} naming it; an optional one is empty.
 */
final class LuccaApiJson {

    private LuccaApiJson() {
    }

    /** The numeric id of a resource or reference. */
    static long id(JsonObject resource, String what) {
        String id = text(resource, "id").orElseThrow(() -> new LuccaUnusableAnswerException(what + " without an id"));
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new LuccaUnusableAnswerException(what + " with an id that is not a number");
        }
    }

    /** The id a reference member points at, empty when the member is null or absent. */
    static Optional<Long> refId(JsonObject resource, String member, String what) {
        return object(resource, member).map(ref -> id(ref, what + "'s " + member));
    }

    static Optional<JsonObject> object(JsonObject resource, String member) {
        JsonValue value = resource.get(member);
        return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    }

    static Optional<String> text(JsonObject resource, String member) {
        JsonValue value = resource.get(member);
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    static Optional<JsonArray> array(JsonObject resource, String member) {
        JsonValue value = resource.get(member);
        return value instanceof JsonArray array ? Optional.of(array) : Optional.empty();
    }

    static boolean flag(JsonObject resource, String member) {
        return resource.get(member) == JsonValue.TRUE;
    }

    /** A date member, or a {@code {"date": ...}} object member (an employment's start and end). */
    static Optional<LocalDate> date(JsonObject resource, String member) {
        Optional<String> text = text(resource, member).or(() -> object(resource, member).flatMap(o -> text(o, "date")));
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new LuccaUnusableAnswerException(member + " is not a date");
        }
    }

    /** A UTC timestamp read as the local date-time of {@code zone}, the way the legacy API gives them. */
    static Optional<LocalDateTime> timestamp(JsonObject resource, String member, ZoneId zone) {
        try {
            return text(resource, member).map(t -> OffsetDateTime.parse(t).atZoneSameInstant(zone).toLocalDateTime());
        } catch (DateTimeParseException e) {
            throw new LuccaUnusableAnswerException(member + " is not a timestamp");
        }
    }
}
