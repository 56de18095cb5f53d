package dev.luccaokta.sandbox.traffic;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One setting of {@code /sandbox/faults}, with its JSON name and the values it accepts. The counts are consumed by
 * the next API requests; the other settings stay until changed.
 */
public enum FaultField {
    LATENCY_MILLIS("latencyMillis", "a number of milliseconds from 0 to 600000", v -> v >= 0 && v <= 600_000),
    /** The id of the one API key whose requests meet the latency, so that one tenant's Lucca is slow; 0: every request. */
    LATENCY_KEY_ID("latencyKeyId", "0 (every request) or the id of an API key", v -> v >= 0 && v <= 1_000_000),
    ERROR_STATUS("errorStatus", "500 or 503", v -> v == 500 || v == 503),
    ERROR_COUNT("errorCount", "a count from 0 to 1000000", FaultField::isCount),
    RATE_LIMIT_STORM_COUNT("rateLimitStormCount", "a count from 0 to 1000000", FaultField::isCount),
    RETRY_AFTER_SECONDS("retryAfterSeconds", "a number of seconds from 1 to 3600", v -> v >= 1 && v <= 3600),
    TIMEOUT_COUNT("timeoutCount", "a count from 0 to 1000000", FaultField::isCount),
    RESET_COUNT("resetCount", "a count from 0 to 1000000", FaultField::isCount),
    RATE_LIMIT_PER_MINUTE("rateLimitPerMinute", "a number of requests from 1 to 1000000",
            v -> v >= 1 && v <= 1_000_000),
    TIMEOUT_MILLIS("timeoutMillis", "a number of milliseconds from 1 to 600000", v -> v >= 1 && v <= 600_000),
    /** 1: the faults and the latency spare every request but writes (PUT), so a write can fail after its reads. */
    WRITES_ONLY("writesOnly", "0 (every request) or 1 (only PUT requests)", v -> v == 0 || v == 1),
    /** Pages of the Lucca API (v5) that a careful client must refuse, until switched back to 0. */
    HOSTILE_PAGES("hostilePages", "0 (none), 1 (next links to another host), 2 (next links back to the same page) "
            + "or 3 (answers that are not JSON)", v -> v >= 0 && v <= 3);

    private final String code;
    private final String rule;
    private final IntPredicate valid;

    FaultField(String code, String rule, IntPredicate valid) {
        this.code = code;
        this.rule = rule;
        this.valid = valid;
    }

    public String code() {
        return code;
    }

    public static Optional<FaultField> fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /** @throws IllegalArgumentException with a message for the client when the value is out of range */
    int check(int value) {
        if (!valid.test(value)) {
            throw new IllegalArgumentException(code + " must be " + rule + ", not " + value);
        }
        return value;
    }

    private static boolean isCount(int value) {
        return value >= 0 && value <= 1_000_000;
    }
}
