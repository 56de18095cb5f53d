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
 * changes and ignored values are JSON arrays; no token or key is ever recorded. Every text is cut to its column,
 * ending in {@link #TRUNCATED} when cut. A refusal repeated identically counts its repeats in the same row.
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

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "repeat_count", nullable = false)
    private int repeatCount;

    @Column(name = "last_recorded_at", nullable = false)
    private OffsetDateTime lastRecordedAt;

    /** Room for the changes and ignored values of any write Okta means (a user has a few dozen attributes). */
    public static final int MAX_JSON = 100_000;

    public static final String TRUNCATED = "… (truncated)";

    private static final int MAX_DETAIL = 1000;

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
        this.recordedAt = now();
        this.lastRecordedAt = recordedAt;
        this.repeatCount = 1;
        this.requestId = capped(requestId, 100);
        this.operation = capped(operation, 10);
        this.userId = capped(userId, 100);
        this.changes = json(changes);
        this.ignored = json(ignored);
        this.luccaStatus = luccaStatus;
        this.outcome = outcome;
        this.detail = capped(detail, MAX_DETAIL);
    }

    /** The end of an attempt recorded {@link AuditOutcome#PENDING} before Lucca was called. */
    public void complete(Integer luccaStatus, AuditOutcome outcome, String detail) {
        this.luccaStatus = luccaStatus;
        this.outcome = outcome;
        this.detail = capped(detail, MAX_DETAIL);
    }

    /** The same refusal, once more. */
    public void repeated() {
        repeatCount++;
        lastRecordedAt = now();
    }

    /** The text, cut to {@code max} characters and saying so; null stays null. */
    public static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        if (max < 2 * TRUNCATED.length()) {
            return text.substring(0, max);
        }
        int end = max - TRUNCATED.length();
        // Never half a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATED;
    }

    /** The writer keeps its JSON within {@link #MAX_JSON}: past it, the array is replaced rather than cut mid-value. */
    private static String json(String array) {
        return array.length() <= MAX_JSON ? array : "[{\"attribute\":\"" + TRUNCATED + "\"}]";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
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

    public int getRepeatCount() {
        return repeatCount;
    }

    public OffsetDateTime getLastRecordedAt() {
        return lastRecordedAt;
    }
}
