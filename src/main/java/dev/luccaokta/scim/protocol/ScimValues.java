package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.StaticUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Comparison of attribute values with the answers of the SDK's {@link JsonUtils#compareTo} (two strings that are
 * both {@code xsd:dateTime}s compare as instants to the millisecond, other strings ignoring case, other values as
 * the SDK compares them) but not its cost: the SDK tries to parse every string as a date, paying an exception for
 * each that is not one, and converts each date through a {@code TimeZone} lookup. Here only strings shaped like a
 * dateTime are parsed, with {@link OffsetDateTime} as the SDK does.
 */
public final class ScimValues {

    private ScimValues() {
    }

    /** Negative, zero or positive as {@code value} sorts before, with or after {@code operand}. */
    static int compare(JsonNode value, JsonNode operand) {
        if (!value.isTextual() || !operand.isTextual()) {
            return JsonUtils.compareTo(value, operand, null);
        }
        Optional<Instant> valueInstant = dateTime(value.textValue());
        Optional<Instant> operandInstant = valueInstant.isPresent() ? dateTime(operand.textValue()) : Optional.empty();
        if (operandInstant.isPresent()) {
            return valueInstant.get().compareTo(operandInstant.get());
        }
        return StaticUtils.toLowerCase(value.textValue()).compareTo(StaticUtils.toLowerCase(operand.textValue()));
    }

    /** The instant, to the millisecond, that {@code text} denotes when it is an {@code xsd:dateTime}. */
    public static Optional<Instant> dateTime(String text) {
        String trimmed = text.trim();
        if (!mayBeDateTime(trimmed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeException notADateTime) {
            return Optional.empty();
        }
    }

    /**
     * False for strings that no {@code xsd:dateTime} parser accepts, cheaply: a dateTime starts with its year (a
     * digit, or a sign past 9999) and its time holds colons. Names, e-mail addresses, ids and plain dates are false.
     */
    private static boolean mayBeDateTime(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        return (Character.isDigit(first) || first == '+' || first == '-') && trimmed.indexOf(':') > 0;
    }
}
