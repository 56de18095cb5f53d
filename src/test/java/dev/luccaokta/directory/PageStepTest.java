package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.tenant.OktaImport;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageStepTest {

    private static final Duration PIN = Duration.ofMinutes(30);
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-07T08:00:00Z");
    private static final Instant BUILT = Instant.parse("2026-12-07T07:55:00Z");

    private static ImportPage served(int startIndex) {
        return ImportPage.served("tenant", "token", "Users", startIndex, new ImportPage.Served(100, 300, BUILT));
    }

    private static OktaImport runningWithFirstPage() {
        OktaImport running = new OktaImport("tenant", "token", "Users", START);
        running.servedPage(100, 300, BUILT.atOffset(START.getOffset()), false, START);
        return running;
    }

    @Test
    void aFirstPageBeginsAnImportAndLaterPagesContinueItWithinThePinTimeout() {
        assertThat(PageStep.of(served(1), Optional.empty(), START, PIN)).isEqualTo(PageStep.BEGIN);
        assertThat(PageStep.of(served(101), Optional.of(runningWithFirstPage()), START.plusMinutes(29), PIN))
                .isEqualTo(PageStep.CONTINUE);
    }

    @Test
    void aLaterPageAfterThePinTimeoutOrWithoutAnImportBelongsToNone() {
        assertThat(PageStep.of(served(101), Optional.of(runningWithFirstPage()), START.plus(PIN), PIN))
                .isEqualTo(PageStep.NONE);
        assertThat(PageStep.of(served(101), Optional.empty(), START, PIN)).isEqualTo(PageStep.NONE);
    }

    @Test
    void aFirstPageWhileAnImportRunsBeginsAnotherOne() {
        assertThat(PageStep.of(served(1), Optional.of(runningWithFirstPage()), START.plusMinutes(1), PIN))
                .isEqualTo(PageStep.BEGIN);
    }

    @Test
    void aFirstPageAskedAgainAfterItFailedContinuesTheSameImport() {
        OktaImport failedSoFar = new OktaImport("tenant", "token", "Users", START);
        failedSoFar.failedPage(START);

        assertThat(PageStep.of(served(1), Optional.of(failedSoFar), START.plusSeconds(10), PIN)).isEqualTo(PageStep.CONTINUE);
        assertThat(PageStep.of(served(1), Optional.of(failedSoFar), START.plus(PIN), PIN))
                .as("after the pin timeout, a new import").isEqualTo(PageStep.BEGIN);
    }
}
