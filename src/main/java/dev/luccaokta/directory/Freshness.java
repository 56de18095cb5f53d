package dev.luccaokta.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * When a tenant's snapshot is read from Lucca again, and which snapshot published by another instance may stand in
 * for that read. Without Lucca's events a snapshot ages by its TTL; with them each change is put in as it happens,
 * so only the daily full read remains.
 *
 * <pre>{@code
 * Freshness freshness = live ? new Freshness.ByEvents(Duration.ofHours(24)) : new Freshness.ByTtl(view.ttl());
 * if (freshness.stale(SnapshotStamp.of(snapshot), clock)) {
 *     next = freshness.next(builder, view, snapshot);
 * }
 * }</pre>
 */
sealed interface Freshness {

    /** Due for a new read of Lucca. */
    boolean stale(SnapshotStamp stamp, Clock clock);

    /** Worth serving, while a new read runs, to an instance that has nothing for the configuration: any, unless it ages. */
    default boolean servable(SnapshotStamp stamp, Clock clock) {
        return true;
    }

    /** Whether the next read is a full one rather than, where Lucca allows it, one of the changes since the last. */
    default boolean readsInFull() {
        return true;
    }

    /** Whether snapshots other instances published after applying events are looked for while serving. */
    default boolean followsEvents() {
        return false;
    }

    /** The read that follows {@code base}. */
    default DirectorySnapshot next(SnapshotBuilder builder, TenantView view, DirectorySnapshot base) {
        return readsInFull() ? builder.build(view, base) : builder.refresh(view, base);
    }

    /**
     * Refreshed (incrementally where Lucca allows it) once 80 % of the TTL has passed, so that Okta reads data younger
     * than the TTL without waiting for Lucca; served up to the TTL.
     */
    record ByTtl(Duration ttl) implements Freshness {
        @Override
        public boolean stale(SnapshotStamp stamp, Clock clock) {
            return age(stamp, clock).compareTo(ttl.multipliedBy(4).dividedBy(5)) >= 0;
        }

        @Override
        public boolean servable(SnapshotStamp stamp, Clock clock) {
            return age(stamp, clock).compareTo(ttl) < 0;
        }

        @Override
        public boolean readsInFull() {
            return false;
        }

        @Override
        public boolean followsEvents() {
            return false;
        }

        private static Duration age(SnapshotStamp stamp, Clock clock) {
            return Duration.between(stamp.builtAt(), clock.instant());
        }
    }

    /**
     * Kept fresh by Lucca's events: never refreshed by age, but read in full once its full read is older than
     * {@code fullReadEvery} or its people were mapped on an earlier day (contracts start and end by the day), which
     * also catches anything an event missed. Served whatever its age, since events keep it current.
     */
    record ByEvents(Duration fullReadEvery) implements Freshness {
        @Override
        public boolean stale(SnapshotStamp stamp, Clock clock) {
            return !stamp.fullReadAt().plus(fullReadEvery).isAfter(clock.instant())
                    || stamp.mappedOn().isBefore(LocalDate.now(clock));
        }

        @Override
        public boolean followsEvents() {
            return true;
        }
    }

    /** Asked for: a full read now, whatever the snapshot and whatever another instance published. */
    record InFullNow() implements Freshness {
        @Override
        public boolean stale(SnapshotStamp stamp, Clock clock) {
            return true;
        }
    }
}
