package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.json.JsonValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;

/**
 * The webhook switches of {@code /sandbox/webhooks/faults}: the delivery faults, and the two choices Lucca's pages
 * disagree on (the challenge's parameter, the response-code table), which start from the configuration. Immutable;
 * {@link #with} gives a changed copy.
 *
 * <pre>{@code
 * DeliveryFaults faults = DeliveryFaults.of(settings).with(body);   // body: {"duplicate": true}
 * }</pre>
 *
 * @param duplicate      every delivery attempt is sent twice
 * @param outOfOrder     new deliveries are held {@link #HOLD_MILLIS} and then sent newest first
 * @param lateMillis     each new delivery waits this long before its first attempt
 * @param badSignature   deliveries are signed with a key that is not the endpoint's secret
 * @param staleTimestamp deliveries carry a timestamp ten minutes old, correctly signed
 * @param receiverDown   attempts fail as if the connection were refused, without reaching the receiver
 */
public record DeliveryFaults(boolean duplicate, boolean outOfOrder, int lateMillis, boolean badSignature,
                             boolean staleTimestamp, boolean receiverDown, String challengeParameter,
                             ResponsePolicy responsePolicy) {
    public static final int HOLD_MILLIS = 1000;
    private static final int MAX_LATE_MILLIS = 600_000;

    /** No fault, the configured challenge parameter and response policy. */
    public static DeliveryFaults of(WebhookSettings settings) {
        return new DeliveryFaults(false, false, 0, false, false, false, settings.challengeParameter(),
                settings.responsePolicy());
    }

    /**
     * Applies the fields present in {@code changes}.
     *
     * @throws InvalidDataException on an unknown field or a bad value; nothing changes then
     */
    public DeliveryFaults with(JsonObject changes) {
        boolean twice = duplicate;
        boolean held = outOfOrder;
        int late = lateMillis;
        boolean wrongKey = badSignature;
        boolean stale = staleTimestamp;
        boolean down = receiverDown;
        String parameter = challengeParameter;
        ResponsePolicy policy = responsePolicy;
        for (Map.Entry<String, JsonValue> change : changes.entrySet()) {
            String name = change.getKey();
            JsonValue value = change.getValue();
            switch (name) {
                case "duplicate" -> twice = flag(name, value);
                case "outOfOrder" -> held = flag(name, value);
                case "lateMillis" -> late = millis(value);
                case "badSignature" -> wrongKey = flag(name, value);
                case "staleTimestamp" -> stale = flag(name, value);
                case "receiverDown" -> down = flag(name, value);
                case "challengeParameter" -> parameter = parameter(value);
                case "responsePolicy" -> policy = policy(value);
                default -> throw new InvalidDataException("Unknown webhook switch '" + name + "'");
            }
        }
        return new DeliveryFaults(twice, held, late, wrongKey, stale, down, parameter, policy);
    }

    public JsonObject toJson() {
        return JsonValues.object()
                .add("duplicate", duplicate)
                .add("outOfOrder", outOfOrder)
                .add("lateMillis", lateMillis)
                .add("badSignature", badSignature)
                .add("staleTimestamp", staleTimestamp)
                .add("receiverDown", receiverDown)
                .add("challengeParameter", challengeParameter)
                .add("responsePolicy", responsePolicy.code())
                .build();
    }

    private static boolean flag(String name, JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidDataException(name + " must be true or false, not " + value);
    }

    private static int millis(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= MAX_LATE_MILLIS) {
            return number.intValue();
        }
        throw new InvalidDataException("lateMillis must be a whole number from 0 to " + MAX_LATE_MILLIS + ", not "
                + value);
    }

    private static String parameter(JsonValue value) {
        if (value instanceof JsonString text && WebhookSettings.CHALLENGE_PARAMETERS.contains(text.getString())) {
            return text.getString();
        }
        throw new InvalidDataException("challengeParameter must be \"echo\" or \"challenge\", not " + value);
    }

    private static ResponsePolicy policy(JsonValue value) {
        return (value instanceof JsonString text ? ResponsePolicy.fromCode(text.getString()) : Optional
                .<ResponsePolicy>empty()).orElseThrow(() -> new InvalidDataException(
                "responsePolicy must be \"newer\" or \"older\", not " + value));
    }
}
