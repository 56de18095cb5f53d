package dev.luccaokta.sandbox.traffic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A complete, valid set of fault settings: one value per {@link FaultField}. Immutable; {@link #with} gives a
 * changed copy.
 */
public final class FaultSettings {
    private final int[] values;

    private FaultSettings(int[] values) {
        this.values = values;
    }

    /**
     * The settings with no fault switched on.
     *
     * @throws IllegalArgumentException when the rate limit or timeout is out of range
     */
    public static FaultSettings defaults(int rateLimitPerMinute, int timeoutMillis) {
        int[] values = new int[FaultField.values().length];
        values[FaultField.ERROR_STATUS.ordinal()] = 500;
        values[FaultField.RETRY_AFTER_SECONDS.ordinal()] = 1;
        values[FaultField.RATE_LIMIT_PER_MINUTE.ordinal()] = FaultField.RATE_LIMIT_PER_MINUTE.check(rateLimitPerMinute);
        values[FaultField.TIMEOUT_MILLIS.ordinal()] = FaultField.TIMEOUT_MILLIS.check(timeoutMillis);
        return new FaultSettings(values);
    }

    public int get(FaultField field) {
        return values[field.ordinal()];
    }

    /** @throws IllegalArgumentException when the value is not acceptable for the field */
    public FaultSettings with(FaultField field, int value) {
        int[] changed = values.clone();
        changed[field.ordinal()] = field.check(value);
        return new FaultSettings(changed);
    }

    /** Every setting by field, in declaration order. */
    public Map<FaultField, Integer> asMap() {
        Map<FaultField, Integer> map = new EnumMap<>(FaultField.class);
        for (FaultField field : FaultField.values()) {
            map.put(field, get(field));
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultSettings settings && Arrays.equals(settings.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.stream(FaultField.values()).map(field -> field.code() + "=" + get(field))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
