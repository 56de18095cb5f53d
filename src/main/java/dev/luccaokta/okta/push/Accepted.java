package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What Okta accepted in one round, to be written to the ledger, the outbox and the lag figures together. */
final class Accepted {

    final Map<String, String> hashes = new HashMap<>();
    final List<String> deleted = new ArrayList<>();
    final List<OutboxEntry> entries = new ArrayList<>();
    final List<Duration> lags = new ArrayList<>();

    void upserted(OutboxEntry entry, String hash, Instant at) {
        hashes.put(entry.externalId(), hash);
        done(entry, at);
    }

    void deleted(OutboxEntry entry, Instant at) {
        deleted.add(entry.externalId());
        done(entry, at);
    }

    /** Okta had it already (the ledger says so): nothing sent, nothing to measure. */
    void unchanged(OutboxEntry entry) {
        entries.add(entry);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private void done(OutboxEntry entry, Instant at) {
        entries.add(entry);
        Duration lag = Duration.between(entry.changedAt().toInstant(), at);
        lags.add(lag.isNegative() ? Duration.ZERO : lag);
    }
}
