package dev.luccaokta.tenant;

import java.time.OffsetDateTime;

/**
 * The tenants' audit trails of writes to Lucca. Rows are added, completed once when they were recorded before Lucca
 * was called, counted again when a refusal repeats, and deleted past the retention or with their tenant.
 *
 * <pre>{@code
 * audit.add(entry);
 * AuditPage latest = audit.find(tenantId, query);
 * }</pre>
 */
public interface AuditRepository {

    /** Stores the entry in its own transaction, so it is kept whatever happens to the request that made it. */
    void add(AuditEntry entry);

    /**
     * Counts the entry as a repeat of the latest identical one (same tenant, user, operation, outcome and detail)
     * recorded since {@code since}, or stores it when there is none; in its own transaction.
     *
     * @param anyUser whether an entry for another user is identical too (that row keeps its own user id)
     */
    void addOrRepeat(AuditEntry entry, OffsetDateTime since, boolean anyUser);

    /** Sets the end of an entry stored before Lucca was called, in its own transaction; false when it is gone. */
    boolean complete(String entryId, Integer luccaStatus, AuditOutcome outcome, String detail);

    /**
     * Deletes the entries whose last record is older than {@code cutoff}, in batches of their own transactions; how
     * many. Idempotent, so any instance may.
     */
    int deleteRecordedBefore(OffsetDateTime cutoff);

    AuditPage find(String tenantId, AuditQuery query);
}
