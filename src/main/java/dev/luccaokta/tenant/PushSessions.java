package dev.luccaokta.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The import sessions the connector opened in its tenants' Okta identity sources ({@link PushSessionRecord}), so
 * that one left open by a stopped instance is found again, and the administrators see the latest.
 */
public interface PushSessions {

    /** Stores a session just opened. */
    void save(PushSessionRecord session);

    /** Stores a known session's status, counts and error. */
    void update(PushSessionRecord session);

    /** The tenant's session opened last. */
    Optional<PushSessionRecord> latest(String tenantId);

    /** The tenant's sessions not completed, failed, closed nor expired, oldest first. */
    List<PushSessionRecord> open(String tenantId);
}
