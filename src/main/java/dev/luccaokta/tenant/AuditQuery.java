package dev.luccaokta.tenant;

import java.util.Optional;

/**
 * Which page of a tenant's audit trail to read, newest first, optionally only one outcome or one user.
 *
 * <pre>{@code
 * AuditPage page = audit.find(tenantId, new AuditQuery(Optional.of(AuditOutcome.APPLIED), Optional.empty(), 0, 50));
 * }</pre>
 */
public record AuditQuery(Optional<AuditOutcome> outcome, Optional<String> userId, int offset, int limit) {
}
