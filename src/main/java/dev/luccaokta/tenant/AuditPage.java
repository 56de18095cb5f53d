package dev.luccaokta.tenant;

import java.util.List;

/** One page of an audit trail and how many entries match in all. */
public record AuditPage(long total, List<AuditEntry> entries) {
}
