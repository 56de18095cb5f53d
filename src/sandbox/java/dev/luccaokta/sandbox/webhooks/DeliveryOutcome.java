package dev.luccaokta.sandbox.webhooks;

/** What one delivery attempt's answer means for the delivery and its endpoint. */
public enum DeliveryOutcome {
    /** The receiver took the event. */
    DELIVERED,
    /** Not taken; another attempt follows if the schedule has one left. */
    RETRY,
    /** Not taken, and never retried. */
    FAILED,
    /** Not taken, and the endpoint is suspended at once. */
    SUSPEND
}
