package dev.luccaokta.sandbox.traffic;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Decides what happens to each Lucca API request before it reaches the API, in this order: a pending simulated 429
 * (which, like every 429, takes no rate-limit slot); the rate limit; a pending dropped connection, timeout or error
 * status; finally the added latency, answered with a 408 once the timeout has elapsed when it would exceed it.
 * With {@code writesOnly}, only writes meet the simulated faults and the latency; with {@code latencyKeyId}, only
 * the requests of that API key meet the latency.
 */
public final class ApiGate {
    private static final String SIMULATED = " (simulated fault)";

    private final Faults faults;
    private final RateLimiter rateLimiter;

    public ApiGate(Faults faults, RateLimiter rateLimiter) {
        this.faults = faults;
        this.rateLimiter = rateLimiter;
    }

    /**
     * @param write whether the request changes data (PUT), for faults limited to writes
     * @param keyId the id of the request's API key, 0 when it carries none (a v5 access token)
     */
    public GateDecision admit(boolean write, int keyId) {
        boolean faulty = write || faults.current().get(FaultField.WRITES_ONLY) == 0;
        OptionalInt storm = faulty ? faults.takeRateLimitStorm() : OptionalInt.empty();
        if (storm.isPresent()) {
            return new GateDecision.Refuse(429, "Too many requests" + SIMULATED + ": retry in "
                    + storm.getAsInt() + " s", OptionalLong.of(storm.getAsInt()), 0);
        }
        FaultSettings settings = faults.current();
        int limit = settings.get(FaultField.RATE_LIMIT_PER_MINUTE);
        OptionalLong wait = rateLimiter.tryAcquire(limit);
        if (wait.isPresent()) {
            return new GateDecision.Refuse(429, "Too many requests: the limit is " + limit
                    + " requests per minute; retry in " + wait.getAsLong() + " s", wait, 0);
        }
        int timeout = settings.get(FaultField.TIMEOUT_MILLIS);
        Optional<Faults.Fault> fault = faulty ? faults.takeFault() : Optional.empty();
        if (fault.isPresent()) {
            return switch (fault.get()) {
                case DROP_CONNECTION -> new GateDecision.DropConnection();
                case TIMEOUT -> timedOut(timeout);
                case ERROR_STATUS -> errorStatus(settings.get(FaultField.ERROR_STATUS));
            };
        }
        int latencyKey = settings.get(FaultField.LATENCY_KEY_ID);
        int latency = faulty && (latencyKey == 0 || latencyKey == keyId) ? settings.get(FaultField.LATENCY_MILLIS) : 0;
        return latency > timeout ? timedOut(timeout) : new GateDecision.Proceed(latency, timeout);
    }

    /** The answer to a request that ran longer than the timeout. */
    public static GateDecision.Refuse timedOut(int timeoutMillis) {
        return new GateDecision.Refuse(408, "Request timeout: the request was aborted after " + timeoutMillis + " ms",
                OptionalLong.empty(), timeoutMillis);
    }

    private static GateDecision errorStatus(int status) {
        String message = status == 503 ? "Service unavailable" : "Internal server error";
        return new GateDecision.Refuse(status, message + SIMULATED, OptionalLong.empty(), 0);
    }
}
