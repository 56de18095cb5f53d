package dev.luccaokta.sandbox.webhooks;

import java.util.Locale;

/** Where one event's delivery to one endpoint stands, as {@code GET /lucca-api/events?status=} names it. */
public enum DeliveryStatus {
    SCHEDULED, DELIVERED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
