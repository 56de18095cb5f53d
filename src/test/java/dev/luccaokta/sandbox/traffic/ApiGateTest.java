package dev.luccaokta.sandbox.traffic;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiGateTest {
    private final AtomicLong clock = new AtomicLong();
    private final Faults faults = new Faults(FaultSettings.defaults(50, 5000));
    private final ApiGate gate = new ApiGate(faults, new RateLimiter(clock::get));

    private void set(FaultField field, int value) {
        faults.update(settings -> settings.with(field, value));
    }

    @Test
    void withoutFaultsRequestsProceedWithTheTimeoutInForce() {
        assertThat(gate.admit(false, 0)).isEqualTo(new GateDecision.Proceed(0, 5000));
    }

    @Test
    void errorStatusAnswersExactlyTheNextRequestsThenStops() {
        set(FaultField.ERROR_STATUS, 503);
        set(FaultField.ERROR_COUNT, 2);

        assertThat(gate.admit(false, 0)).isInstanceOfSatisfying(GateDecision.Refuse.class,
                refusal -> assertThat(refusal.status()).isEqualTo(503));
        assertThat(gate.admit(false, 0)).isInstanceOf(GateDecision.Refuse.class);
        assertThat(gate.admit(false, 0)).isInstanceOf(GateDecision.Proceed.class);
        assertThat(faults.current().get(FaultField.ERROR_COUNT)).isZero();
    }

    @Test
    void aStormAnswers429WithTheChosenRetryAfterWithoutTakingRateLimitSlots() {
        set(FaultField.RATE_LIMIT_PER_MINUTE, 1);
        set(FaultField.RATE_LIMIT_STORM_COUNT, 2);
        set(FaultField.RETRY_AFTER_SECONDS, 7);

        GateDecision first = gate.admit(false, 0);
        gate.admit(false, 0);

        assertThat(first).isEqualTo(new GateDecision.Refuse(429,
                "Too many requests (simulated fault): retry in 7 s", OptionalLong.of(7), 0));
        assertThat(gate.admit(false, 0)).as("the single slot is still free").isInstanceOf(GateDecision.Proceed.class);
        assertThat(gate.admit(false, 0)).isInstanceOfSatisfying(GateDecision.Refuse.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(429);
            assertThat(refusal.retryAfterSeconds()).hasValue(60);
        });
    }

    @Test
    void pendingFaultsComeInOrderDropThenTimeoutThenError() {
        set(FaultField.ERROR_COUNT, 1);
        set(FaultField.TIMEOUT_COUNT, 1);
        set(FaultField.RESET_COUNT, 1);
        set(FaultField.TIMEOUT_MILLIS, 1200);

        assertThat(gate.admit(false, 0)).isInstanceOf(GateDecision.DropConnection.class);
        assertThat(gate.admit(false, 0)).isEqualTo(ApiGate.timedOut(1200));
        assertThat(gate.admit(false, 0)).isInstanceOfSatisfying(GateDecision.Refuse.class,
                refusal -> assertThat(refusal.status()).isEqualTo(500));
        assertThat(gate.admit(false, 0)).isInstanceOf(GateDecision.Proceed.class);
    }

    @Test
    void faultsLimitedToWritesSpareReadsAndWaitForTheNextWrite() {
        set(FaultField.WRITES_ONLY, 1);
        set(FaultField.ERROR_COUNT, 1);
        set(FaultField.LATENCY_MILLIS, 800);

        assertThat(gate.admit(false, 0)).isEqualTo(new GateDecision.Proceed(0, 5000));
        assertThat(gate.admit(true, 0)).isInstanceOfSatisfying(GateDecision.Refuse.class,
                refusal -> assertThat(refusal.status()).isEqualTo(500));
        assertThat(gate.admit(true, 0)).isEqualTo(new GateDecision.Proceed(800, 5000));
    }

    @Test
    void latencyBeyondTheTimeoutIsAnswered408OnceTheTimeoutHasElapsed() {
        set(FaultField.LATENCY_MILLIS, 800);
        assertThat(gate.admit(false, 0)).isEqualTo(new GateDecision.Proceed(800, 5000));

        set(FaultField.TIMEOUT_MILLIS, 700);
        assertThat(gate.admit(false, 0)).isEqualTo(new GateDecision.Refuse(408,
                "Request timeout: the request was aborted after 700 ms", OptionalLong.empty(), 700));
    }

    @Test
    void latencyScopedToOneKeySparesTheOthers() {
        set(FaultField.LATENCY_MILLIS, 800);
        set(FaultField.LATENCY_KEY_ID, 5);

        assertThat(gate.admit(false, 5)).isEqualTo(new GateDecision.Proceed(800, 5000));
        assertThat(gate.admit(false, 1)).isEqualTo(new GateDecision.Proceed(0, 5000));
        assertThat(gate.admit(false, 0)).as("a v5 access token carries no key").isEqualTo(new GateDecision.Proceed(0, 5000));
    }

    @Test
    void resetRestoresTheConfiguredSettings() {
        set(FaultField.LATENCY_MILLIS, 800);
        set(FaultField.RATE_LIMIT_PER_MINUTE, 3);

        assertThat(faults.reset()).isEqualTo(FaultSettings.defaults(50, 5000));
    }

    @Test
    void settingsRefuseValuesOutOfRange() {
        FaultSettings settings = faults.current();

        assertThatThrownBy(() -> settings.with(FaultField.ERROR_STATUS, 502))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("errorStatus must be 500 or 503, not 502");
        assertThatThrownBy(() -> settings.with(FaultField.LATENCY_MILLIS, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.with(FaultField.RETRY_AFTER_SECONDS, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.with(FaultField.RATE_LIMIT_PER_MINUTE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
