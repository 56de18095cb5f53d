package dev.luccaokta.oktasandbox.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import session of a source and the changes loaded into it. Not thread-safe: {@link ImportSessions} guards it.
 */
public final class ImportSession {
    private final String id;
    private final String sourceId;
    private final Instant created;
    private final List<StagedChange> changes = new ArrayList<>();
    private SessionStatus status = SessionStatus.CREATED;
    private Instant lastUpdated;
    private Instant lastRequest;
    private int bulkRequests;

    ImportSession(String id, String sourceId, Instant created) {
        this.id = id;
        this.sourceId = sourceId;
        this.created = created;
        this.lastUpdated = created;
        this.lastRequest = created;
    }

    /** What a client sees of a session. */
    public record View(String id, String identitySourceId, SessionStatus status, Instant created, Instant lastUpdated) {
    }

    View view() {
        return new View(id, sourceId, status, created, lastUpdated);
    }

    String id() {
        return id;
    }

    String sourceId() {
        return sourceId;
    }

    Instant created() {
        return created;
    }

    SessionStatus status() {
        return status;
    }

    int bulkRequests() {
        return bulkRequests;
    }

    List<StagedChange> changes() {
        return changes;
    }

    void touch(Instant now) {
        lastRequest = now;
    }

    Instant lastRequest() {
        return lastRequest;
    }

    /** Keeps a bulk request's change; the session is IN_PROGRESS once one carried an entity. */
    void stage(StagedChange change, boolean carriesEntities, Instant now) {
        bulkRequests++;
        changes.add(change);
        if (carriesEntities && status == SessionStatus.CREATED) {
            moveTo(SessionStatus.IN_PROGRESS, now);
        }
    }

    void moveTo(SessionStatus next, Instant now) {
        status = next;
        lastUpdated = now;
        if (next == SessionStatus.CLOSED) {
            changes.clear();
        }
    }
}
