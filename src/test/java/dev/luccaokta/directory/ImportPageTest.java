package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportPageTest {

    private static final Instant BUILT = Instant.parse("2026-12-07T08:00:00Z");

    private static ImportPage page(int startIndex, int served, int total) {
        return ImportPage.served("tenant", "token", "Users", startIndex, new ImportPage.Served(served, total, BUILT));
    }

    @Test
    void onlyThePageThatServesTheLastResourceEndsTheImport() {
        assertThat(page(1, 100, 300).reachesEnd()).isFalse();
        assertThat(page(101, 100, 300).reachesEnd()).isFalse();
        assertThat(page(201, 100, 300).reachesEnd()).isTrue();
        assertThat(page(201, 99, 300).reachesEnd()).as("one resource short").isFalse();
    }

    @Test
    void aShortLastPageAnEmptyCollectionAndAPagePastTheEndEndTheImport() {
        assertThat(page(301, 7, 307).reachesEnd()).isTrue();
        assertThat(page(1, 0, 0).reachesEnd()).isTrue();
        assertThat(page(401, 0, 307).reachesEnd()).isTrue();
    }

    @Test
    void aFailedPageEndsNothingAndOnlyTheFirstPageBeginsAnImport() {
        ImportPage failed = ImportPage.failed("tenant", "token", "Users", 1);

        assertThat(failed.reachesEnd()).isFalse();
        assertThat(failed.begins()).isTrue();
        assertThat(page(101, 100, 300).begins()).isFalse();
    }

    @Test
    void aPageNearTheLargestStartIndexDoesNotOverflow() {
        assertThat(page(Integer.MAX_VALUE, 1, 300).reachesEnd()).isTrue();
    }
}
