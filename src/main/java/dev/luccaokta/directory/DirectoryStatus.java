package dev.luccaokta.directory;

import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's snapshot as the status page shows it: when it was built, its size, the last failed build, and when
 * Lucca was last read in full for it (with Lucca's events, a snapshot is built again at each change but read in full
 * once a day).
 */
public record DirectoryStatus(Optional<Instant> builtAt, int users, int groups, Optional<Failure> lastFailure,
                              Optional<Instant> fullReadAt) {

    static final DirectoryStatus NONE = new DirectoryStatus(Optional.empty(), 0, 0, Optional.empty(), Optional.empty());

    /** A failed build: when, and why. */
    public record Failure(Instant at, String message) {
    }
}
