package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.ChangeKind;
import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.PublicationSource;
import dev.luccaokta.tenant.PublishedChange;
import dev.luccaokta.tenant.SnapshotPublication;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PublicationRecorderTest {

    private final ScriptedDirectory lucca = new ScriptedDirectory();
    private final RecordingChangeLog changeLog = new RecordingChangeLog();
    private final PublicationRecorder recorder = recorder(new InlineExecutor());
    private final TenantView view = TestLucca.tenant(Set.of("jobTitle"), Set.of(GroupType.LUCCA_DEPT), UserNameSource.LOGIN);
    private final LuccaUser ada = TestLucca.user(1, "Ada", "Lovelace", TestLucca.TODAY.minusYears(2), null);
    private final LuccaUser grace = TestLucca.user(2, "Grace", "Hopper", TestLucca.TODAY.minusYears(1), null);
    private final LuccaUser promotedGrace = TestLucca.with(grace, "jobTitle", Json.createValue("CTO"));

    @Test
    void theFirstSnapshotIsRecordedWithItsSizeOnly() {
        recorder.afterRead(null, lucca.read(view, List.of(ada, grace)));

        SnapshotPublication first = changeLog.only();
        assertThat(first.isFirstSnapshot()).isTrue();
        assertThat(first.getSource()).isEqualTo(PublicationSource.FULL_READ);
        assertThat(first.getPeople()).isEqualTo(2);
        assertThat(first.getGroups()).isEqualTo(2);
        assertThat(first.total()).isZero();
        assertThat(changeLog.changes).isEmpty();
    }

    @Test
    void aFullReadAndARefreshAreToldApartAndTheirChangesListedInOrder() {
        DirectorySnapshot first = lucca.read(view, List.of(ada, grace));
        lucca.clock.advance(Duration.ofMinutes(20));
        lucca.changes = List.of(promotedGrace);
        DirectorySnapshot refreshed = lucca.builder.refresh(view, first);

        recorder.afterRead(first, refreshed);
        recorder.afterRead(refreshed, lucca.read(view, List.of(promotedGrace)));

        assertThat(changeLog.publications).extracting(SnapshotPublication::getSource)
                .containsExactly(PublicationSource.REFRESH, PublicationSource.FULL_READ);
        assertThat(changeLog.publications.get(0).count(ChangeKind.CHANGED)).isEqualTo(1);
        assertThat(changeLog.publications.get(1).count(ChangeKind.REMOVED)).isEqualTo(1);
        assertThat(changeLog.publications.get(1).count(ChangeKind.GROUP_CHANGED)).isEqualTo(1);
        assertThat(changeLog.changes).extracting(PublishedChange::getKind, PublishedChange::getResourceId, PublishedChange::getLineNo)
                .containsExactly(tuple(ChangeKind.CHANGED, "2", 0),
                        tuple(ChangeKind.REMOVED, "1", 0),
                        tuple(ChangeKind.GROUP_CHANGED, "LUCCA_DEPT_21", 1));
        assertThat(changeLog.changes.get(0).getAttributes()).containsExactly("title");
        assertThat(changeLog.changes.get(2).getRemovedMemberIds()).containsExactly("1");
    }

    @Test
    void eventsAndWriteBacksAreRecordedAsSuchAndAPublicationChangingNothingIsNot() {
        DirectorySnapshot first = lucca.read(view, List.of(ada, grace));
        DirectorySnapshot afterEvents = lucca.builder.withChanges(view, first, List.of(promotedGrace), Set.of());
        DirectorySnapshot afterWrite = afterEvents.withUser(afterEvents.represent(TestLucca.renamed(ada, "Augusta",
                ada.modifiedOn())).orElseThrow());

        recorder.afterEvents(first, afterEvents, List.of(promotedGrace), Set.of());
        recorder.afterWrite(afterEvents, afterWrite, ada);
        recorder.afterEvents(afterWrite, lucca.builder.withChanges(view, afterWrite, List.of(promotedGrace), Set.of()),
                List.of(promotedGrace), Set.of());
        recorder.afterRead(afterWrite, afterWrite);

        assertThat(changeLog.publications).extracting(SnapshotPublication::getSource)
                .containsExactly(PublicationSource.EVENTS, PublicationSource.WRITE_BACK);
        assertThat(changeLog.changes).extracting(PublishedChange::getResourceId).containsExactly("2", "1");
        assertThat(changeLog.changes.get(1).getAttributes()).containsExactly("name", "displayName");
    }

    @Test
    void aFailureToRecordNeverReachesThePublication() {
        DirectorySnapshot first = lucca.read(view, List.of(ada));
        DirectorySnapshot next = lucca.read(view, List.of(ada, grace));
        changeLog.failure = () -> new IllegalStateException("database down");
        PublicationRecorder rejecting = recorder(new InlineExecutor() {
            @Override
            public void execute(Runnable command) {
                throw new RejectedExecutionException("no thread free");
            }
        });

        assertThatCode(() -> recorder.afterRead(first, next)).doesNotThrowAnyException();
        assertThatCode(() -> rejecting.afterRead(first, next)).doesNotThrowAnyException();
        assertThat(changeLog.publications).isEmpty();
    }

    private PublicationRecorder recorder(AbstractExecutorService executor) {
        PublicationRecorder made = new PublicationRecorder(changeLog, lucca.clock);
        made.executor = executor;
        return made;
    }

    /** What would be stored, kept in memory. */
    static final class RecordingChangeLog extends ChangeLog {
        final List<SnapshotPublication> publications = new CopyOnWriteArrayList<>();
        final List<PublishedChange> changes = new CopyOnWriteArrayList<>();
        volatile Supplier<RuntimeException> failure;

        @Override
        public void record(SnapshotPublication publication, List<PublishedChange> listed) {
            Optional.ofNullable(failure).ifPresent(error -> {
                throw error.get();
            });
            publications.add(publication);
            changes.addAll(listed);
        }

        SnapshotPublication only() {
            assertThat(publications).hasSize(1);
            return publications.get(0);
        }
    }

    /** Runs each task at once, on the caller's thread. */
    static class InlineExecutor extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            // nothing to stop
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
