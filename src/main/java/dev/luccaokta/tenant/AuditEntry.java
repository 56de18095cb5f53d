package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One attempt by Okta to write to Lucca, as the tenant's administrators see it in the audit trail: who was
 * targeted, what changed (before → after), what was ignored and why, Lucca's answer and the outcome. The
 * changes and ignored values are JSON arrays; no token or key is ever recorded.
 */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "audit_entry_tenant_at", columnList = "tenant_id, recorded_at"))
public class AuditEntry {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "request_id", nullable = false, length = 100)
    private String requestId;

    @Column(nullable = false, length = 10)
    private String operation;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(nullable = false, length = MAX_JSON)
    private String changes;

    @Column(nullable = false, length = MAX_JSON)
    private String ignored;

    @Column(name = "lucca_status")
    private Integer luccaStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditOutcome outcome;

    @Column(length = 1000)
    private String detail;

    /** Room for the changes and ignored values of any write (a user has a few dozen attributes). */
    static final int MAX_JSON = 100_000;

    protected AuditEntry() {
    }

    /**
     * @param changes     JSON array of {@code {attribute, field, before, after}}
     * @param ignored     JSON array of {@code {attribute, reason}}
     * @param luccaStatus Lucca's HTTP status, null when Lucca was not called or did not answer
     */
    public AuditEntry(String tenantId, String requestId, String operation, String userId, String changes, String ignored,
                      Integer luccaStatus, AuditOutcome outcome, String detail) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.recordedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.requestId = requestId;
        this.operation = operation;
        this.userId = userId;
        this.changes = changes;
        this.ignored = ignored;
        this.luccaStatus = luccaStatus;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getOperation() {
        return operation;
    }

    public String getUserId() {
        return userId;
    }

    public String getChanges() {
        return changes;
    }

    public String getIgnored() {
        return ignored;
    }

    public Integer getLuccaStatus() {
        return luccaStatus;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
