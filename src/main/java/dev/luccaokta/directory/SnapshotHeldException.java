package dev.luccaokta.directory;

import java.time.Duration;

/** The safeguard held a tenant's new snapshot back; without a previous one to serve, Okta is asked to come back later. */
public class SnapshotHeldException extends DirectoryUnavailableException {

    private static final long serialVersionUID = 1L;

    SnapshotHeldException(String tenantId) {
        super("The new snapshot of tenant " + tenantId + " would deactivate too many people and is held until an"
                + " administrator releases it", Duration.ofMinutes(5), null);
    }
}
