package dev.luccaokta.web;

import java.util.regex.Pattern;

/**
 * The connector's log lines as an event name and {@code key=value} fields, so that a log pipeline can pick them
 * apart whatever the server's formatter (text or JSON). Values with spaces, quotes or {@code =} are quoted; control
 * characters are dropped, so a caller's input can neither break a line nor forge one.
 *
 * <pre>{@code
 * LOG.info(() -> LogLine.of("request", "id", id, "method", "PUT", "status", 200));
 * // request id=3f2a... method=PUT status=200
 * }</pre>
 */
public final class LogLine {

    private static final Pattern BARE = Pattern.compile("[^\\s\"=]+");
    private static final int LONGEST_VALUE = 200;

    private LogLine() {
    }

    /** @param fields keys and values, alternately; a null value leaves its field out */
    public static String of(String event, Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in key and value pairs");
        }
        StringBuilder line = new StringBuilder(event);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                line.append(' ').append(fields[i]).append('=').append(value(String.valueOf(fields[i + 1])));
            }
        }
        return line.toString();
    }

    private static String value(String raw) {
        String clean = raw.codePoints().filter(c -> !Character.isISOControl(c)).limit(LONGEST_VALUE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return BARE.matcher(clean).matches() ? clean : '"' + clean.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
