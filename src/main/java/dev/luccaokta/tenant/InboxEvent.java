package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event Lucca delivered for a tenant and the connector acknowledged: what it says changed (its topic and the
 * person concerned, if any) and when, kept until applied and then as long as Lucca may deliver it again.
 *
 * <pre>{@code
 * inbox.accept(new InboxEvent(tenantId, "2455623", "employee.updated", 416L, occurredAt));
 * }</pre>
 */
@Entity
@Table(name = "event_inbox")
public class InboxEvent {

    /** What applying an event came to. */
    public enum Outcome {
        /** The person was read again from Lucca and the snapshot updated. */
        APPLIED,
        /** Lucca no longer has the person (or the client cannot see them): they left the snapshot. */
        REMOVED,
        /** A full read of Lucca made after the event already holds it. */
        SUPERSEDED,
        /** The organisation changed: the tenant was read in full. */
        READ_IN_FULL,
        /** A topic the connector does not act on: stored, nothing to do. */
        IGNORED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "event_id", nullable = false, length = 64)
    private String eventId;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "applied_at")
    private OffsetDateTime appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    protected InboxEvent() {
        // for JPA
    }

    /** @param employeeId the person the event is about, when it is about one */
    public InboxEvent(String tenantId, String eventId, String topic, Long employeeId, OffsetDateTime occurredAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.eventId = Objects.requireNonNull(eventId);
        this.topic = Objects.requireNonNull(topic);
        this.employeeId = employeeId;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.receivedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getTopic() {
        return topic;
    }

    public Optional<Long> getEmployeeId() {
        return Optional.ofNullable(employeeId);
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public Optional<OffsetDateTime> getAppliedAt() {
        return Optional.ofNullable(appliedAt);
    }

    public Optional<Outcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }
}
