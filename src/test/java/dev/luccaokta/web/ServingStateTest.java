package dev.luccaokta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServingStateTest {

    private final ServingState state = new ServingState();

    @Test
    void startsThenServesThenDrainsOnceAndNeverServesAgain() {
        assertThat(state.phase()).isEqualTo(ServingState.Phase.STARTING);
        state.serving();
        assertThat(state.phase()).isEqualTo(ServingState.Phase.SERVING);

        assertThat(state.draining()).isTrue();
        assertThat(state.draining()).as("begun once").isFalse();
        state.serving();
        assertThat(state.phase()).isEqualTo(ServingState.Phase.DRAINING);
    }

    @Test
    void theDrainWaitsForTheLastRequestUnderWay() throws Exception {
        state.enter();
        state.enter();
        state.leave();
        // The last one ends later, on another thread: only its end can bring the count to zero.
        CompletableFuture.runAsync(state::leave, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        assertThat(state.awaitIdle(Duration.ofSeconds(30))).isZero();
    }

    @Test
    void theDrainGivesUpAfterItsLimitAndSaysHowManyAreLeft() throws Exception {
        state.enter();

        assertThat(state.awaitIdle(Duration.ofMillis(50))).isEqualTo(1);
    }
}
