package dev.luccaokta.okta.push;

import java.util.List;

/**
 * Where a tenant's push to Okta stands, for its administrators: who waits to be sent, the latest import session, and
 * how long changes took from Lucca to Okta's acceptance (the last 24 hours, and per hour over 7 days). Times are
 * ISO-8601 in UTC, durations in milliseconds.
 *
 * @param mode             SCIM_PULL or OKTA_PUSH
 * @param waiting          people in the outbox
 * @param oldestChange     the earliest change not yet delivered, or null
 * @param perUserEndpoints whether Okta's per-user endpoints are used (false: sessions only, for an hour)
 * @param lastSession      the import session opened last, or null
 * @param lag              the last 24 hours' deliveries, or null when there were none
 */
public record PushStatus(String mode, long waiting, String oldestChange, boolean perUserEndpoints, Session lastSession,
                         Lag lag, List<Hour> lastSevenDays) {

    /** An import session: why it was opened, Okta's status, what it carried. */
    public record Session(String purpose, String status, int usersUpserted, int usersDeleted, int requests,
                          String createdAt, String updatedAt, String error) {
    }

    public record Lag(long deliveries, long p50Millis, long p99Millis, long maxMillis) {
    }

    /** One hour with deliveries; hours without are left out. */
    public record Hour(String hour, long deliveries, long p50Millis, long maxMillis) {
    }
}
