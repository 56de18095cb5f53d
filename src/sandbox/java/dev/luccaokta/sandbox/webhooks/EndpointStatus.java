package dev.luccaokta.sandbox.webhooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A webhook endpoint's state: only an active one gets deliveries; an inactive one keeps no history. */
public enum EndpointStatus {
    ACTIVE, SUSPENDED, INACTIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether events are stored for this endpoint (Lucca keeps history for active and suspended endpoints). */
    public boolean keepsHistory() {
        return this != INACTIVE;
    }

    public static Optional<EndpointStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
