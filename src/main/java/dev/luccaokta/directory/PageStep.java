package dev.luccaokta.directory;

import dev.luccaokta.tenant.OktaImport;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** What a page of Okta's does to the import history: begin an import, continue the running one, or neither. */
enum PageStep {
    BEGIN,
    CONTINUE,
    /** A later page with no running import to continue (its import lapsed): it belongs to no import. */
    NONE;

    /**
     * @param running the newest import of the page's collection and token that has not ended, if any
     */
    static PageStep of(ImportPage page, Optional<OktaImport> running, OffsetDateTime now, Duration pin) {
        Optional<OktaImport> open = running.filter(recorded -> !ImportStatus.lapsed(recorded, now, pin));
        if (page.begins()) {
            // A first page asked again after errors (Okta retrying a 503) is the same import, not a new one.
            return open.filter(recorded -> recorded.getResources() == 0 && recorded.getErrorPages() > 0).isPresent()
                    ? CONTINUE : BEGIN;
        }
        return open.isPresent() ? CONTINUE : NONE;
    }
}
