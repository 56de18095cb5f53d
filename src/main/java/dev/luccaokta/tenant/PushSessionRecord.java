package dev.luccaokta.tenant;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An import session the connector opened in a tenant's Okta identity source ({@link PushSessions}): why, Okta's status
 * of it, what it carried, and Okta's last error (cut to 300 characters when stored).
 *
 * <pre>{@code
 * PushSessionRecord opened = PushSessionRecord.opened(tenantId, session.id(), Purpose.CHANGES, now);
 * sessions.save(opened);
 * sessions.update(opened.carrying(120, 3, 2, now).withStatus(Status.TRIGGERED, now));
 * }</pre>
 *
 * @param id            the connector's id of the session (a UUID)
 * @param oktaSessionId Okta's id of the session
 */
public record PushSessionRecord(String id, String tenantId, String oktaSessionId, Purpose purpose, Status status,
                                int usersUpserted, int usersDeleted, int requests, OffsetDateTime createdAt,
                                OffsetDateTime updatedAt, String error) {

    public PushSessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(oktaSessionId, "oktaSessionId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A session Okta just created, with nothing sent yet. */
    public static PushSessionRecord opened(String tenantId, String oktaSessionId, Purpose purpose, OffsetDateTime at) {
        return new PushSessionRecord(UUID.randomUUID().toString(), tenantId, oktaSessionId, purpose, Status.CREATED, 0, 0,
                0, at, at, null);
    }

    public PushSessionRecord withStatus(Status newStatus, OffsetDateTime at) {
        return new PushSessionRecord(id, tenantId, oktaSessionId, purpose, newStatus, usersUpserted, usersDeleted, requests,
                createdAt, at, error);
    }

    /** This session with more people and requests sent in it. */
    public PushSessionRecord carrying(int upserted, int deleted, int moreRequests, OffsetDateTime at) {
        return new PushSessionRecord(id, tenantId, oktaSessionId, purpose, status, usersUpserted + upserted,
                usersDeleted + deleted, requests + moreRequests, createdAt, at, error);
    }

    public PushSessionRecord failed(String newError, OffsetDateTime at) {
        return new PushSessionRecord(id, tenantId, oktaSessionId, purpose, Status.ERROR, usersUpserted, usersDeleted,
                requests, createdAt, at, newError);
    }

    /** Why the connector opened the session. */
    public enum Purpose {
        /** Everyone, the first time the tenant pushes. */
        INITIAL_LOAD,
        /** Everyone again, to correct what Okta holds. */
        RECONCILIATION,
        /** The people who changed. */
        CHANGES,
        /** Groups and memberships. */
        GROUPS
    }

    /** Okta's status of an import session. */
    public enum Status {
        CREATED, IN_PROGRESS, TRIGGERED, COMPLETED, ERROR, CLOSED, EXPIRED;

        private static final Set<Status> ENDED = EnumSet.of(COMPLETED, ERROR, CLOSED, EXPIRED);

        /** Whether Okta may still take data or is still importing. */
        public boolean open() {
            return !ENDED.contains(this);
        }

        static Set<Status> ended() {
            return ENDED;
        }
    }
}
