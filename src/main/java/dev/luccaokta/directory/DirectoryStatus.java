package dev.luccaokta.directory;

import java.time.Instant;
import java.util.Optional;

/** A tenant's snapshot as the status page shows it: when it was built, its size, and the last failed build. */
public record DirectoryStatus(Optional<Instant> builtAt, int users, int groups, Optional<Failure> lastFailure) {

    static final DirectoryStatus NONE = new DirectoryStatus(Optional.empty(), 0, 0, Optional.empty());

    /** A failed build: when, and why. */
    public record Failure(Instant at, String message) {
    }
}
