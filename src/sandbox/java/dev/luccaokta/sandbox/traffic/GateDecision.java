package dev.luccaokta.sandbox.traffic;

import java.util.OptionalLong;

/** What the {@link ApiGate} decided for one API request. */
public sealed interface GateDecision {

    /** Serve the request after {@code latencyMillis}; it must be answered within {@code timeoutMillis} of arrival. */
    record Proceed(int latencyMillis, int timeoutMillis) implements GateDecision {
    }

    /** Answer with this error after {@code delayMillis}, with a {@code Retry-After} when given. */
    record Refuse(int status, String message, OptionalLong retryAfterSeconds, int delayMillis) implements GateDecision {
    }

    /** Drop the connection in the middle of the response, as a crashing proxy would. */
    record DropConnection() implements GateDecision {
    }
}
