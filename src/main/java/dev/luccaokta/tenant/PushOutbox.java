package dev.luccaokta.tenant;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of each tenant still to send to Okta, durable across restarts and shared by the instances of a cluster:
 * one row per person however often the person changes ({@link PendingPush}). A delivery removes a row only if no
 * change came after it was read, so that nothing enqueued meanwhile is lost.
 *
 * <pre>{@code
 * outbox.enqueue(tenantId, Map.of("1042", PushAction.UPSERT), changedAt);
 * List<OutboxEntry> batch = outbox.due(tenantId, now, 200);
 * outbox.delivered(tenantId, batch);   // or outbox.postpone(tenantId, batch, now.plusSeconds(30), "Okta answered 503")
 * }</pre>
 */
public interface PushOutbox {

    /**
     * Adds people to send, or updates those already waiting: the action is replaced, the change time kept as the
     * earliest, the sequence grows, and a postponed person is due again at once.
     */
    void enqueue(String tenantId, Map<String, PushAction> actions, OffsetDateTime changedAt);

    /** At most {@code limit} people due at {@code now} (never postponed, or postponed until then), oldest change first. */
    List<OutboxEntry> due(String tenantId, OffsetDateTime now, int limit);

    /** Removes the people delivered, each only if its row still has the sequence read. */
    void delivered(String tenantId, Collection<OutboxEntry> entries);

    /**
     * Counts a failed attempt for each person whose row still has the sequence read, not to be tried before
     * {@code notBefore}; the error is kept (cut to 300 characters) for the administrators.
     */
    void postpone(String tenantId, Collection<OutboxEntry> entries, OffsetDateTime notBefore, String error);

    /** Empties the tenant's outbox: the people are worked out again from the snapshot and the ledger. */
    void forget(String tenantId);

    /** How many people of the tenant are waiting. */
    long depth(String tenantId);

    /** The earliest change of the tenant not yet delivered. */
    Optional<OffsetDateTime> oldestChange(String tenantId);

    /** The tenants with at least one person due at {@code now}. */
    List<String> tenantsWithDue(OffsetDateTime now);
}
