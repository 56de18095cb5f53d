package dev.luccaokta.tenant;

/**
 * The tenants' audit trails of writes to Lucca. Entries are only ever added; they go when their tenant is
 * deleted.
 *
 * <pre>{@code
 * audit.add(entry);
 * AuditPage latest = audit.find(tenantId, query);
 * }</pre>
 */
public interface AuditRepository {

    /** Stores the entry in its own transaction, so it is kept whatever happens to the request that made it. */
    void add(AuditEntry entry);

    AuditPage find(String tenantId, AuditQuery query);
}
