package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.OutboxEntry;
import dev.luccaokta.tenant.PushDeliveries;
import dev.luccaokta.tenant.PushOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Where a round's outcome is written. The ledger first: should the outbox write fail after it, the entries are sent
 * again and found in the ledger already, so nothing reaches Okta twice.
 */
@ApplicationScoped
public class PushRecords {

    private final OktaLedger ledger;
    private final PushOutbox outbox;
    private final PushDeliveries deliveries;
    private final Clock clock;

    @Inject
    public PushRecords(OktaLedger ledger, PushOutbox outbox, PushDeliveries deliveries, Clock clock) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected PushRecords() {
        this(null, null, null, null);
    }

    void accepted(String tenantId, Accepted accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        ledger.sent(tenantId, accepted.hashes, accepted.deleted, now);
        outbox.delivered(tenantId, accepted.entries);
        if (!accepted.lags.isEmpty()) {
            deliveries.record(tenantId, now, accepted.lags);
        }
    }

    void postponed(String tenantId, Collection<OutboxEntry> entries, Duration wait, String error) {
        if (!entries.isEmpty()) {
            outbox.postpone(tenantId, entries, now().plus(wait), error);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
