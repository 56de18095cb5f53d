package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaDirectoryReader;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.testing.MovableClock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Snapshots built from people a test sets, as {@link TestLucca}'s organisation has them: in full, or from changes. */
final class ScriptedDirectory {

    final MovableClock clock = new MovableClock();
    final SnapshotBuilder builder = new SnapshotBuilder(new LuccaDirectoryReader() {
        @Override
        public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
            return TestLucca.data(everyone);
        }

        @Override
        public LuccaDirectoryData readChanges(LuccaInstance instance, LocalDateTime since) {
            return TestLucca.data(changes);
        }
    }, clock, 24);
    /** Lucca's people, for a full read. */
    volatile List<LuccaUser> everyone = List.of();
    /** The people Lucca changed, for a read of its changes. */
    volatile List<LuccaUser> changes = List.of();

    DirectorySnapshot read(TenantView view, List<LuccaUser> people) {
        everyone = people;
        return builder.build(view);
    }
}
