package dev.luccaokta.oktasandbox.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.UserStatus;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportSessionsTest {
    private static final String SOURCE = "0oaSource";

    private final MovableClock clock = new MovableClock();
    private final Directory directory = new Directory(clock);
    private final List<Runnable> scheduled = new ArrayList<>();
    private final ImportSessions sessions = new ImportSessions(clock, directory,
            () -> new SessionRules(Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofHours(24)),
            (task, delay) -> scheduled.add(task));

    @Test
    void aSessionGoesFromCreatedThroughTriggeredToCompletedAndAppliesItsUsers() {
        String id = sessions.create(SOURCE).id();
        sessions.stage(SOURCE, id, upserts(0, 2));
        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(sessions.startImport(SOURCE, id).status()).isEqualTo(SessionStatus.TRIGGERED);
        assertThat(directory.user(SOURCE, "E-0")).isEmpty();

        runScheduled();

        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(directory.user(SOURCE, "E-1").orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void aBulkDeleteOfUnknownUsersLeavesTheSessionCreatedAndStartImportRefused() {
        String id = sessions.create(SOURCE).id();
        sessions.stage(SOURCE, id, new StagedChange.DeleteUsers(List.of("nobody")));
        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.CREATED);
        assertThatThrownBy(() -> sessions.startImport(SOURCE, id)).isInstanceOf(OktaApiException.class)
                .hasFieldOrPropertyWithValue("status", 400);
    }

    @Test
    void creationIsRefusedWithinTheWindowOfAnActiveSessionAndWhileOneIsOpen() {
        String first = sessions.create(SOURCE).id();
        assertThatThrownBy(() -> sessions.create(SOURCE)).hasMessageContaining("identitySourceId");
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> sessions.create(SOURCE)).as("still open").isInstanceOf(OktaApiException.class);
        sessions.stage(SOURCE, first, upserts(0, 1));
        sessions.startImport(SOURCE, first);
        assertThat(sessions.create(SOURCE).status()).as("triggered, older than the window").isEqualTo(SessionStatus.CREATED);
        assertThat(sessions.create("0oaOther").status()).isEqualTo(SessionStatus.CREATED);
    }

    @Test
    void cancellingClosesAnOpenSessionAndLiftsTheRule() {
        String id = sessions.create(SOURCE).id();
        sessions.cancel(SOURCE, id);
        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.CLOSED);
        assertThatThrownBy(() -> sessions.cancel(SOURCE, id)).hasMessageContaining("importSessionId");
        assertThatThrownBy(() -> sessions.stage(SOURCE, id, upserts(0, 1))).isInstanceOf(OktaApiException.class);
        assertThat(sessions.create(SOURCE).status()).isEqualTo(SessionStatus.CREATED);
    }

    @Test
    void limitsAre200EntitiesAnd50RequestsPerSession() {
        String id = sessions.create(SOURCE).id();
        assertThatThrownBy(() -> sessions.stage(SOURCE, id, upserts(0, 201))).isInstanceOf(OktaApiException.class);
        for (int request = 0; request < 50; request++) {
            sessions.stage(SOURCE, id, upserts(request, 1));
        }
        assertThatThrownBy(() -> sessions.stage(SOURCE, id, upserts(0, 1))).isInstanceOf(OktaApiException.class);
    }

    @Test
    void triggeredSessionsOfASourceAreProcessedOneAtATimeInOrder() {
        String first = sessions.create(SOURCE).id();
        sessions.stage(SOURCE, first, upserts(0, 1));
        sessions.startImport(SOURCE, first);
        clock.advance(Duration.ofMinutes(6));
        String second = sessions.create(SOURCE).id();
        sessions.stage(SOURCE, second, upserts(1, 1));
        sessions.startImport(SOURCE, second);
        assertThat(scheduled).hasSize(1);

        runScheduled();
        assertThat(sessions.get(SOURCE, first).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(sessions.get(SOURCE, second).status()).isEqualTo(SessionStatus.TRIGGERED);
        assertThat(directory.user(SOURCE, "E-1")).isEmpty();
        runScheduled();
        assertThat(sessions.get(SOURCE, second).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(directory.user(SOURCE, "E-1")).isPresent();
    }

    @Test
    void anOpenSessionIdleFor24HoursExpires() {
        String id = sessions.create(SOURCE).id();
        clock.advance(Duration.ofHours(24));
        assertThat(sessions.list(SOURCE).get(0).status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void anInjectedFailureEndsTheSessionInErrorWithoutApplyingIt() {
        sessions.failNextImports(1);
        String id = sessions.create(SOURCE).id();
        sessions.stage(SOURCE, id, upserts(0, 1));
        sessions.startImport(SOURCE, id);
        runScheduled();
        assertThat(sessions.get(SOURCE, id).status()).isEqualTo(SessionStatus.ERROR);
        assertThat(directory.user(SOURCE, "E-0")).isEmpty();
    }

    private void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    private static StagedChange upserts(int from, int count) {
        return new StagedChange.UpsertUsers(IntStream.range(from, from + count)
                .mapToObj(i -> new StagedChange.UserProfile("E-" + i, Map.of("email", "e" + i + "@acme.example"))).toList());
    }
}
