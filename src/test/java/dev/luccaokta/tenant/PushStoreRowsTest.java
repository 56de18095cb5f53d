package dev.luccaokta.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of the push mode's rows that hold before any database: coalescing, sessions' states, cut errors. */
class PushStoreRowsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-07T09:00:00Z");

    @Test
    void aPersonChangedAgainKeepsTheEarliestChangeTakesTheLatestActionAndIsDueAgain() {
        PendingPush pending = new PendingPush("acme", "1042", PushAction.UPSERT, T0, T0);

        pending.changedAgain(PushAction.DELETE, T0.plusMinutes(5), T0.plusMinutes(5));
        pending.changedAgain(PushAction.UPSERT, T0.minusMinutes(1), T0.plusMinutes(6));

        assertThat(pending.entry()).isEqualTo(new OutboxEntry("1042", PushAction.UPSERT, T0.minusMinutes(1), 3, 0));
    }

    @Test
    void okta_sErrorIsCutToItsColumn() {
        String error = String.join("", Collections.nCopies(400, "e"));

        assertThat(PendingPush.cut(error)).hasSize(PendingPush.MAX_ERROR).endsWith("…");
        assertThat(PendingPush.cut("Okta answered 503")).isEqualTo("Okta answered 503");
        assertThat(PendingPush.cut(null)).isNull();
    }

    @Test
    void aSessionIsOpenUntilOktaCompletesFailsClosesOrExpiresIt() {
        assertThat(PushSessionRecord.Status.values()).filteredOn(PushSessionRecord.Status::open)
                .containsExactly(PushSessionRecord.Status.CREATED, PushSessionRecord.Status.IN_PROGRESS,
                        PushSessionRecord.Status.TRIGGERED);
    }

    @Test
    void aSessionAddsUpWhatItCarried() {
        PushSessionRecord session = PushSessionRecord.opened("acme", "aps1", PushSessionRecord.Purpose.CHANGES, T0)
                .carrying(100, 2, 1, T0.plusSeconds(1)).carrying(20, 1, 1, T0.plusSeconds(2))
                .withStatus(PushSessionRecord.Status.TRIGGERED, T0.plusSeconds(3));

        assertThat(session.usersUpserted()).isEqualTo(120);
        assertThat(session.usersDeleted()).isEqualTo(3);
        assertThat(session.requests()).isEqualTo(2);
        assertThat(session.status()).isEqualTo(PushSessionRecord.Status.TRIGGERED);
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void manyPeopleAreLookedUpInListsOfFiveHundred() {
        List<Integer> people = IntStream.range(0, 1201).boxed().toList();

        assertThat(InLists.of(people)).extracting(List::size).containsExactly(500, 500, 201);
        assertThat(InLists.of(List.of())).isEmpty();
    }
}
