package dev.luccaokta.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; a cell holding a comma, a quote or a line break quoted, its quotes
 * doubled), made safe to open in a spreadsheet: a cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) starts with an apostrophe instead, since names come from Lucca and
 * anyone may have typed them.
 *
 * <pre>{@code
 * SpreadsheetCsv.line(List.of("id", "=HYPERLINK(\"x\")"));   // id,"'=HYPERLINK(""x"")"\r\n
 * }</pre>
 */
final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /** One record, its line end included; a null cell is empty. */
    static String line(List<String> cells) {
        return cells.stream().map(SpreadsheetCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
