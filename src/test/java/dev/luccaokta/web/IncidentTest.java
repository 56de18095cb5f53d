package dev.luccaokta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger log = Logger.getAnonymousLogger();

    IncidentTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void theFailureGoesToTheLogWithItsStackTraceAndTheAnswerNamesOnlyTheRequestId() {
        IllegalStateException failure = new IllegalStateException("key=s3cr3t leaked by a library");

        Incident incident = Incident.logged(log, "scim", "req-42", failure);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage()).isEqualTo("unexpected-error id=req-42 api=scim");
            assertThat(record.getThrown()).isSameAs(failure);
        });
        assertThat(incident.detail()).isEqualTo("Incident req-42 is in the connector's log");
        assertThat(incident.summary()).startsWith(Incident.TITLE).contains("req-42")
                .doesNotContain("s3cr3t", "IllegalStateException");
    }
}
