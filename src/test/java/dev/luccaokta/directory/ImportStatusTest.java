package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.tenant.OktaImport;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ImportStatusTest {

    private static final Duration PIN = Duration.ofMinutes(30);
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-07T08:00:00Z");

    private static OktaImport afterPages(boolean last) {
        OktaImport recorded = new OktaImport("tenant", "token", "Groups", START);
        recorded.servedPage(100, 150, START.minusMinutes(5), false, START);
        recorded.servedPage(50, 150, START.minusMinutes(5), last, START.plusSeconds(2));
        return recorded;
    }

    @Test
    void anImportIsRunningUntilNoPageCameForThePinTimeoutThenAbandoned() {
        OktaImport stopped = afterPages(false);

        assertThat(ImportStatus.of(stopped, START.plusMinutes(20), PIN)).isEqualTo(ImportStatus.RUNNING);
        assertThat(ImportStatus.of(stopped, START.plusSeconds(2).plus(PIN), PIN)).isEqualTo(ImportStatus.ABANDONED);
    }

    @Test
    void anImportWhoseLastPageCameIsCompleteForever() {
        OktaImport complete = afterPages(true);

        assertThat(ImportStatus.of(complete, START.plusSeconds(3), PIN)).isEqualTo(ImportStatus.COMPLETE);
        assertThat(ImportStatus.of(complete, START.plusDays(3), PIN)).isEqualTo(ImportStatus.COMPLETE);
        assertThat(complete.getEndedAt()).contains(START.plusSeconds(2));
    }
}
