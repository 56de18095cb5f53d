package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The stored form of a {@link PushSessionRecord}. */
@Entity
@Table(name = "okta_push_session")
public class PushSession {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "okta_session_id", nullable = false, length = 64)
    private String oktaSessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PushSessionRecord.Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PushSessionRecord.Status status;

    @Column(name = "users_upserted", nullable = false)
    private int usersUpserted;

    @Column(name = "users_deleted", nullable = false)
    private int usersDeleted;

    @Column(nullable = false)
    private int requests;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(length = PendingPush.MAX_ERROR)
    private String error;

    protected PushSession() {
        // for JPA
    }

    PushSession(PushSessionRecord record) {
        this.id = record.id();
        this.tenantId = record.tenantId();
        this.oktaSessionId = record.oktaSessionId();
        this.purpose = record.purpose();
        this.createdAt = record.createdAt();
        update(record);
    }

    final void update(PushSessionRecord record) {
        this.status = record.status();
        this.usersUpserted = record.usersUpserted();
        this.usersDeleted = record.usersDeleted();
        this.requests = record.requests();
        this.updatedAt = record.updatedAt();
        this.error = PendingPush.cut(record.error());
    }

    PushSessionRecord record() {
        return new PushSessionRecord(id, tenantId, oktaSessionId, purpose, status, usersUpserted, usersDeleted, requests,
                createdAt, updatedAt, error);
    }
}
