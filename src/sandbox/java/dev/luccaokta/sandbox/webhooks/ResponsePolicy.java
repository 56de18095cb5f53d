package dev.luccaokta.sandbox.webhooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a receiver's status code is read, after one of the two versions of Lucca's receive spec (§4.6 of the v5
 * notes). A connection that fails or times out is retried under both.
 *
 * <pre>{@code
 * ResponsePolicy.NEWER.outcome(410);   // SUSPEND
 * ResponsePolicy.OLDER.outcome(500);   // FAILED
 * }</pre>
 */
public enum ResponsePolicy {
    /** Any 2xx delivers; 404 and 410 suspend at once; every other code is retried. */
    NEWER {
        @Override
        public DeliveryOutcome outcome(int status) {
            if (status >= 200 && status < 300) {
                return DeliveryOutcome.DELIVERED;
            }
            return status == 404 || status == 410 ? DeliveryOutcome.SUSPEND : DeliveryOutcome.RETRY;
        }
    },
    /** 200, 201 and 202 deliver; 429 and 503 are retried; anything else fails for good. */
    OLDER {
        @Override
        public DeliveryOutcome outcome(int status) {
            if (status == 200 || status == 201 || status == 202) {
                return DeliveryOutcome.DELIVERED;
            }
            return status == 429 || status == 503 ? DeliveryOutcome.RETRY : DeliveryOutcome.FAILED;
        }
    };

    public abstract DeliveryOutcome outcome(int status);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResponsePolicy> fromCode(String code) {
        return Arrays.stream(values()).filter(policy -> policy.code().equals(code)).findFirst();
    }
}
