package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OktaImportTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-07T08:00:00Z");
    private static final OffsetDateTime BUILT = START.minusMinutes(5);

    @Test
    void pagesServedAndFailedAreCountedAndTheFirstSnapshotIsTheOneTheImportSaw() {
        OktaImport recorded = new OktaImport("tenant", "token", "Users", START);
        recorded.failedPage(START);
        recorded.servedPage(100, 250, BUILT, false, START.plusSeconds(1));
        recorded.servedPage(100, 250, BUILT.withOffsetSameInstant(ZoneOffset.ofHours(1)), false, START.plusSeconds(2));
        recorded.servedPage(50, 250, BUILT, true, START.plusSeconds(3));

        assertThat(recorded.getPages()).isEqualTo(4);
        assertThat(recorded.getErrorPages()).isEqualTo(1);
        assertThat(recorded.getResources()).isEqualTo(250);
        assertThat(recorded.getTotalResults()).contains(250);
        assertThat(recorded.getSnapshotBuiltAt()).contains(BUILT);
        assertThat(recorded.isSnapshotChanged()).as("the same instant in another offset").isFalse();
        assertThat(recorded.getOutcome()).contains(OktaImport.Outcome.COMPLETE);
        assertThat(recorded.getEndedAt()).contains(START.plusSeconds(3));
    }

    @Test
    void aPageServedFromAnotherSnapshotIsNoted() {
        OktaImport recorded = new OktaImport("tenant", "token", "Users", START);
        recorded.servedPage(100, 300, BUILT, false, START);
        recorded.servedPage(100, 300, BUILT.plusMinutes(1), false, START.plusSeconds(1));

        assertThat(recorded.getSnapshotBuiltAt()).contains(BUILT);
        assertThat(recorded.isSnapshotChanged()).isTrue();
        assertThat(recorded.getOutcome()).isEmpty();
    }

    @Test
    void aPageCountedLateNeverMovesTheLastPageBack() {
        OktaImport recorded = new OktaImport("tenant", "token", "Users", START);
        recorded.servedPage(100, 300, BUILT, false, START.plusSeconds(5));
        recorded.failedPage(START.plusSeconds(4));

        assertThat(recorded.getLastPageAt()).isEqualTo(START.plusSeconds(5));
    }
}
