package dev.luccaokta.directory;

import dev.luccaokta.tenant.OktaImport;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Where an Okta import stands: complete once a page reached the last resource; abandoned when Okta began the
 * collection again with the same token, or sent no page for the import pin timeout ({@code directory.importPinMinutes},
 * after which its next page would not get its snapshot any more); running otherwise.
 */
public enum ImportStatus {
    RUNNING,
    COMPLETE,
    ABANDONED;

    public static ImportStatus of(OktaImport recorded, OffsetDateTime now, Duration pin) {
        return recorded.getOutcome().map(outcome -> switch (outcome) {
            case COMPLETE -> COMPLETE;
            case ABANDONED -> ABANDONED;
        }).orElseGet(() -> lapsed(recorded, now, pin) ? ABANDONED : RUNNING);
    }

    /** No page came for the pin timeout: the import's next page would begin afresh, as the snapshot's pin does. */
    static boolean lapsed(OktaImport recorded, OffsetDateTime now, Duration pin) {
        return !recorded.getLastPageAt().plus(pin).isAfter(now);
    }
}
