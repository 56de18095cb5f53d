package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import dev.luccaokta.testing.MovableClock;
import org.junit.jupiter.api.Test;

class LuccaCircuitTest {

    private static final URI ACME = URI.create("https://acme.ilucca.net");
    private static final URI GLOBEX = URI.create("https://globex.ilucca.net");

    private final MovableClock clock = new MovableClock();
    private final LuccaCircuit circuit = new LuccaCircuit(3, 30, clock);

    @Test
    void failuresInARowOpenTheCircuitOfThatInstanceOnly() {
        fail(ACME, 2);
        assertThatCode(() -> circuit.check(ACME)).doesNotThrowAnyException();
        circuit.failed(ACME);

        assertThatThrownBy(() -> circuit.check(ACME)).isInstanceOfSatisfying(LuccaUnavailableException.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(
                        wait -> assertThat(wait).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31))));
        assertThat(circuit.isOpen(ACME)).isTrue();
        assertThatCode(() -> circuit.check(GLOBEX)).doesNotThrowAnyException();
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        fail(ACME, 2);
        circuit.succeeded(ACME);
        fail(ACME, 2);

        assertThatCode(() -> circuit.check(ACME)).doesNotThrowAnyException();
    }

    @Test
    void afterThePauseOneCallProbesAndItsOutcomeClosesOrReopens() {
        fail(ACME, 3);
        clock.advance(Duration.ofSeconds(31));

        assertThatCode(() -> circuit.check(ACME)).as("the probe").doesNotThrowAnyException();
        assertThatThrownBy(() -> circuit.check(ACME)).as("while the probe runs").isInstanceOf(LuccaUnavailableException.class);
        circuit.failed(ACME);
        assertThatThrownBy(() -> circuit.check(ACME)).as("reopened").isInstanceOf(LuccaUnavailableException.class);

        clock.advance(Duration.ofSeconds(31));
        circuit.check(ACME);
        circuit.succeeded(ACME);
        assertThat(circuit.isOpen(ACME)).isFalse();
        assertThatCode(() -> circuit.check(ACME)).doesNotThrowAnyException();
    }

    @Test
    void aProbeThatNeverReachedLuccaLetsTheNextCallProbe() {
        fail(ACME, 3);
        clock.advance(Duration.ofSeconds(31));
        circuit.check(ACME);

        circuit.report(ACME, LuccaCircuit.Outcome.UNKNOWN);

        assertThatCode(() -> circuit.check(ACME)).as("a new probe, not a circuit stuck on a lost one")
                .doesNotThrowAnyException();
        circuit.report(ACME, LuccaCircuit.Outcome.ANSWERED);
        assertThat(circuit.isOpen(ACME)).isFalse();
    }

    private void fail(URI instance, int times) {
        for (int i = 0; i < times; i++) {
            circuit.check(instance);
            circuit.failed(instance);
        }
    }
}
