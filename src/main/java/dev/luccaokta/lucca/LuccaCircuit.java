package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A circuit breaker per Lucca instance: after {@code lucca.circuitFailures} transient failures in a row, calls to
 * that instance fail at once for {@code lucca.circuitOpenSeconds}, then one call is let through to probe it.
 * MicroProfile Fault Tolerance's {@code @CircuitBreaker} keeps one state per method, which would let one customer's
 * failing Lucca cut every other customer off; this one keeps a state per instance.
 *
 * <pre>{@code
 * circuit.check(instance.baseUrl());     // LuccaUnavailableException while open
 * circuit.report(instance.baseUrl(), LuccaCircuit.Outcome.FAILED);
 * }</pre>
 */
@ApplicationScoped
public class LuccaCircuit {

    private record State(int failures, Instant openUntil, boolean probing) {
        static final State CLOSED = new State(0, Instant.MIN, false);
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    private final int failuresToOpen;
    private final long openSeconds;
    private final Clock clock;

    @Inject
    public LuccaCircuit(@ConfigProperty(name = "lucca.circuitFailures") int failuresToOpen,
                        @ConfigProperty(name = "lucca.circuitOpenSeconds") long openSeconds, Clock clock) {
        this.failuresToOpen = failuresToOpen;
        this.openSeconds = openSeconds;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaCircuit() {
        this(0, 0, null);
    }

    /** Returns when a call may go; refuses while the circuit is open or while its probe is under way. */
    public void check(URI instance) {
        Instant now = clock.instant();
        boolean[] probe = {false};
        State state = states.compute(origin(instance), (key, current) -> {
            State known = current == null ? State.CLOSED : current;
            if (known.failures() >= failuresToOpen && !known.probing() && !now.isBefore(known.openUntil())) {
                probe[0] = true;
                return new State(known.failures(), known.openUntil(), true);
            }
            return known;
        });
        if (state.failures() >= failuresToOpen && !probe[0]) {
            Instant until = state.openUntil().isAfter(now) ? state.openUntil() : now;
            throw new LuccaUnavailableException("Lucca keeps failing: calls to it are paused until " + until,
                    Duration.between(now, until).plusSeconds(1));
        }
    }

    /** How a call that passed {@link #check} ended, as far as the health of the instance goes. */
    public enum Outcome {
        /** Lucca answered, even with a refusal or a 429: it is up. */
        ANSWERED,
        /** Lucca failed: a 5xx, its timeout, or no answer. */
        FAILED,
        /** The call never reached Lucca (no budget left, interrupted): says nothing of its health. */
        UNKNOWN
    }

    /** Every call that passed {@link #check} reports here, whatever happened, so that a probe never stays pending. */
    public void report(URI instance, Outcome outcome) {
        switch (outcome) {
            case ANSWERED -> succeeded(instance);
            case FAILED -> failed(instance);
            case UNKNOWN -> states.computeIfPresent(origin(instance),
                    (key, state) -> new State(state.failures(), state.openUntil(), false));
        }
    }

    void succeeded(URI instance) {
        states.remove(origin(instance));
    }

    void failed(URI instance) {
        Instant now = clock.instant();
        states.compute(origin(instance), (key, current) -> {
            int failures = (current == null ? 0 : current.failures()) + 1;
            Instant openUntil = failures >= failuresToOpen ? now.plusSeconds(openSeconds) : Instant.MIN;
            return new State(failures, openUntil, false);
        });
    }

    /** Whether calls to this instance are currently refused, for the status page. */
    public boolean isOpen(URI instance) {
        State state = states.get(origin(instance));
        return state != null && state.failures() >= failuresToOpen;
    }

    private static String origin(URI instance) {
        return instance.getScheme() + "://" + instance.getAuthority();
    }
}
