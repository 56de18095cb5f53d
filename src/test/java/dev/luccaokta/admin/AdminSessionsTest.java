package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.cluster.ClusterStores;
import dev.luccaokta.cluster.LocalStore;
import dev.luccaokta.cluster.SharedStore;
import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sessions end when they should, on one instance and across a cluster, their ids stored nowhere. */
class AdminSessionsTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration MAX = Duration.ofHours(8);

    private final MovableClock clock = new MovableClock();
    /** The accounts as the database holds them now, by mail. */
    private final Map<String, AdminAccount> database = new HashMap<>();
    private final AdminAccount ada = account("ada@example.com", "hash-1");
    /** One instance, alone. */
    private final AdminSessions sessions = instance(Optional.empty());

    @Test
    void aSessionLastsWhileItIsUsedAndEndsAfterItsIdleTime() {
        String id = sessions.open(ada);

        for (int i = 0; i < 5; i++) {
            clock.advance(IDLE.minusMinutes(1));
            assertThat(sessions.resume(id, true)).as("used again after %d idle minutes", IDLE.toMinutes() - 1).contains(ada);
        }
        clock.advance(IDLE);

        assertThat(sessions.resume(id, true)).isEmpty();
    }

    @Test
    void aSessionEndsAtItsLongestHoweverBusy() {
        String id = sessions.open(ada);

        for (Duration used = Duration.ZERO; used.compareTo(MAX) < 0; used = used.plus(Duration.ofMinutes(20))) {
            assertThat(sessions.resume(id, true)).as("used after %s", used).isPresent();
            clock.advance(Duration.ofMinutes(20));
        }

        assertThat(sessions.resume(id, true)).isEmpty();
    }

    @Test
    void aStreamCheckingItsSessionDoesNotKeepItOpen() {
        String id = sessions.open(ada);

        clock.advance(IDLE.minusMinutes(1));
        assertThat(sessions.isOpen(id)).isTrue();
        clock.advance(Duration.ofMinutes(1));

        assertThat(sessions.isOpen(id)).isFalse();
    }

    @Test
    void signOutEndsASessionAndUnknownOrForgedIdsOpenNothing() {
        String id = sessions.open(ada);
        String other = sessions.open(ada);

        sessions.end(id);

        assertThat(sessions.resume(id, true)).isEmpty();
        assertThat(sessions.resume(other, true)).as("another session of the same account").isPresent();
        assertThat(other).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(id);
        for (String forged : List.of("", "x", other + "x", other.substring(1) + "=", other.toUpperCase(), "a".repeat(43),
                "../" + other.substring(3), "ada@example.com:hash-1")) {
            assertThat(sessions.resume(forged, true)).as(forged).isEmpty();
            sessions.end(forged);
        }
        assertThat(sessions.resume(other, true)).isPresent();
    }

    @Test
    void anotherPasswordOrADeletedAccountEndsItsSessions() {
        String id = sessions.open(ada);
        AdminAccount bob = account("bob@example.com", "hash-2");
        String bobs = sessions.open(bob);

        account("ada@example.com", "hash-3");
        database.remove("bob@example.com");

        assertThat(sessions.resume(id, true)).as("opened with Ada's former password").isEmpty();
        assertThat(sessions.resume(bobs, true)).isEmpty();
        account("bob@example.com", "hash-2");
        assertThat(sessions.resume(bobs, true)).as("ended for good, even if the account came back").isEmpty();
    }

    @Test
    void inAClusterEveryInstanceServesASessionAndTheGridNeverHoldsItsId() {
        RecordingStore grid = new RecordingStore(new LocalStore(IDLE, clock));
        AdminSessions first = instance(Optional.of(grid));
        AdminSessions second = instance(Optional.of(grid));
        String id = first.open(ada);

        clock.advance(IDLE.minusMinutes(1));
        assertThat(second.resume(id, true)).as("served by another instance").contains(ada);
        clock.advance(IDLE.minusMinutes(1));
        assertThat(first.resume(id, true)).as("its use recorded for every instance").contains(ada);
        second.end(id);

        assertThat(first.resume(id, true)).isEmpty();
        assertThat(grid.written).isNotEmpty().noneMatch(entry -> entry.contains(id));
    }

    @Test
    void aSessionsUseIsRecordedAtMostEveryTenthOfItsIdleTime() {
        RecordingStore grid = new RecordingStore(new LocalStore(IDLE, clock));
        AdminSessions shared = instance(Optional.of(grid));
        String id = shared.open(ada);

        IntStream.range(0, 15).forEach(tenSeconds -> {
            clock.advance(Duration.ofSeconds(10));
            assertThat(shared.resume(id, true)).isPresent();
        });

        assertThat(grid.written).as("opened, then its use recorded after one minute and after two").hasSize(3);
    }

    @Test
    void pastItsLimitAnInstanceForgetsEndedSessionsThenTheOneIdleLongest() {
        String ended = sessions.open(ada);
        clock.advance(IDLE);
        String idlest = sessions.open(ada);
        clock.advance(Duration.ofMinutes(1));
        Set<String> others = IntStream.range(2, AdminSessions.MAX_LOCAL).mapToObj(i -> sessions.open(ada))
                .collect(Collectors.toSet());

        String newest = sessions.open(ada);
        assertThat(sessions.isOpen(idlest)).as("room was made by the ended session").isTrue();
        String newer = sessions.open(ada);

        assertThat(sessions.isOpen(ended)).isFalse();
        assertThat(sessions.isOpen(idlest)).isFalse();
        assertThat(sessions.isOpen(newest)).isTrue();
        assertThat(sessions.isOpen(newer)).isTrue();
        assertThat(others).allMatch(sessions::isOpen);
    }

    private AdminSessions instance(Optional<SharedStore> grid) {
        AdminSessions sessions = new AdminSessions();
        sessions.clock = clock;
        sessions.idleSeconds = IDLE.toSeconds();
        sessions.maxSeconds = MAX.toSeconds();
        sessions.stores = new ClusterStores() {
            @Override
            public Optional<SharedStore> store(String name, Duration lifetime) {
                assertThat(lifetime).isEqualTo(IDLE);
                return grid;
            }
        };
        sessions.authentication = new AdminAuthentication() {
            @Override
            public Optional<AdminAccount> resume(String mail, String passwordStamp) {
                return Optional.ofNullable(database.get(mail))
                        .filter(account -> AdminAuthentication.passwordStamp(account).equals(passwordStamp));
            }
        };
        sessions.start();
        return sessions;
    }

    private AdminAccount account(String mail, String passwordHash) {
        AdminAccount account = new AdminAccount(mail, passwordHash, false);
        database.put(mail, account);
        return account;
    }

    /** The grid, remembering every key and value written to it, as text. */
    private static final class RecordingStore implements SharedStore {

        private final SharedStore grid;
        final List<String> written = new ArrayList<>();

        RecordingStore(SharedStore grid) {
            this.grid = grid;
        }

        @Override
        public byte[] get(String key) {
            return grid.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            record(key, value);
            grid.put(key, value);
        }

        @Override
        public boolean putIfAbsent(String key, byte[] value) {
            record(key, value);
            return grid.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, byte[] expected, byte[] value) {
            record(key, value);
            return grid.replace(key, expected, value);
        }

        @Override
        public boolean remove(String key, byte[] expected) {
            return grid.remove(key, expected);
        }

        private void record(String key, byte[] value) {
            written.add(key + " " + new String(value, StandardCharsets.ISO_8859_1));
        }
    }
}
