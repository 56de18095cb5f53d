package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Lucca's date conventions: dates and times travel as ISO local date-times with seconds
 * ({@code 2014-09-01T00:00:00}); on input a bare date ({@code 2014-09-01}) means midnight of that day.
 */
public final class LuccaDates {
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private LuccaDates() {
    }

    public static String format(LocalDateTime value) {
        return OUTPUT.format(value);
    }

    public static String format(LocalDate value) {
        return format(value.atStartOfDay());
    }

    /**
     * Reads {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}.
     *
     * @throws IllegalArgumentException when the text is neither, with a message fit for an API client
     */
    public static LocalDateTime parse(String text) {
        try {
            return text.indexOf('T') < 0
                    ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date: expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss", e);
        }
    }
}
