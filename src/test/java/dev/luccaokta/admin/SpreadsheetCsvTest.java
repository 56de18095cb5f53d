package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void plainCellsAreWrittenAsTheyAreAndARecordEndsWithCrLf() {
        assertThat(SpreadsheetCsv.line(List.of("42", "Ada Lovelace", "title"))).isEqualTo("42,Ada Lovelace,title\r\n");
        assertThat(SpreadsheetCsv.line(Arrays.asList("", null, "x"))).isEqualTo(",,x\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(SpreadsheetCsv.cell("title, urn:x:department")).isEqualTo("\"title, urn:x:department\"");
        assertThat(SpreadsheetCsv.cell("Jean \"JJ\" Dupont")).isEqualTo("\"Jean \"\"JJ\"\" Dupont\"");
        assertThat(SpreadsheetCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCsv.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsNeutralised() {
        assertThat(SpreadsheetCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCsv.cell("+33 6 00")).isEqualTo("'+33 6 00");
        assertThat(SpreadsheetCsv.cell("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(SpreadsheetCsv.cell("Anne-Marie")).as("only the first character counts").isEqualTo("Anne-Marie");
    }
}
