package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One person of a tenant waiting to be sent to Okta ({@link PushOutbox}): however many times the person changed, one
 * row, with the latest action and the earliest change not yet delivered.
 */
@Entity
@Table(name = "okta_outbox")
@IdClass(PersonKey.class)
public class PendingPush extends PersonRow {

    /** Okta's error, cut to its column. */
    static final int MAX_ERROR = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PushAction action;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "enqueued_at", nullable = false)
    private OffsetDateTime enqueuedAt;

    @Column(nullable = false)
    private long sequence;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "not_before")
    private OffsetDateTime notBefore;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected PendingPush() {
        // for JPA
    }

    PendingPush(String tenantId, String externalId, PushAction action, OffsetDateTime changedAt, OffsetDateTime enqueuedAt) {
        super(tenantId, externalId);
        this.action = action;
        this.changedAt = changedAt;
        this.enqueuedAt = enqueuedAt;
        this.sequence = 1;
    }

    /**
     * The person changed again before being delivered: the latest action holds, the lag still counts from the
     * earliest change, and the new change is tried at once.
     */
    void changedAgain(PushAction latest, OffsetDateTime changed, OffsetDateTime enqueued) {
        action = latest;
        if (changed.isBefore(changedAt)) {
            changedAt = changed;
        }
        enqueuedAt = enqueued;
        sequence++;
        attempts = 0;
        notBefore = null;
        lastError = null;
    }

    OutboxEntry entry() {
        return new OutboxEntry(getExternalId(), action, changedAt, sequence, attempts);
    }

    /** An error as its column keeps it: at most {@value #MAX_ERROR} characters. */
    static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
