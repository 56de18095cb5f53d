package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.PushDeliveries;
import dev.luccaokta.tenant.PushOutbox;
import dev.luccaokta.tenant.PushSessionRecord;
import dev.luccaokta.tenant.PushSessions;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A tenant's {@link PushStatus}, read from the outbox, the session log and the recorded lags. */
@ApplicationScoped
public class PushInsight {

    private static final Duration CHART_KEPT = Duration.ofMinutes(1);

    private final Map<String, Chart> charts = new ConcurrentHashMap<>();

    private final PushOutbox outbox;
    private final PushSessions sessions;
    private final PushDeliveries deliveries;
    private final UserDelivery users;
    private final Clock clock;

    @Inject
    public PushInsight(PushOutbox outbox, PushSessions sessions, PushDeliveries deliveries, UserDelivery users, Clock clock) {
        this.outbox = outbox;
        this.sessions = sessions;
        this.deliveries = deliveries;
        this.users = users;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected PushInsight() {
        this(null, null, null, null, null);
    }

    public PushStatus status(Tenant tenant) {
        String id = tenant.getId();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        PushStatus.Lag lag = deliveries.lag(id, now.minusHours(24))
                .map(figures -> new PushStatus.Lag(figures.count(), figures.p50().toMillis(), figures.p99().toMillis(),
                        figures.max().toMillis()))
                .orElse(null);
        return new PushStatus(tenant.getDeliveryMode().name(), outbox.depth(id),
                outbox.oldestChange(id).map(PushInsight::utc).orElse(null), users.available(id),
                sessions.latest(id).map(PushInsight::session).orElse(null), lag,
                lastSevenDays(id, now, lag == null ? 0 : lag.deliveries()));
    }

    /**
     * Per hour over 7 days: read again at most once a minute while nothing new was delivered, since a status stream
     * asks every few seconds.
     */
    private List<PushStatus.Hour> lastSevenDays(String tenantId, OffsetDateTime now, long deliveriesToday) {
        Chart kept = charts.get(tenantId);
        if (kept != null && kept.deliveriesToday() == deliveriesToday && kept.readAt().plus(CHART_KEPT).isAfter(now)) {
            return kept.hours();
        }
        List<PushStatus.Hour> hours = deliveries.hourly(tenantId, now.truncatedTo(ChronoUnit.HOURS).minusDays(7)).stream()
                .map(hour -> new PushStatus.Hour(utc(hour.hour()), hour.count(), hour.p50().toMillis(), hour.max().toMillis()))
                .toList();
        charts.put(tenantId, new Chart(now, deliveriesToday, hours));
        return hours;
    }

    /** @param deliveriesToday the deliveries of the last 24 hours when it was read: more mean a new chart */
    private record Chart(OffsetDateTime readAt, long deliveriesToday, List<PushStatus.Hour> hours) {
    }

    private static PushStatus.Session session(PushSessionRecord record) {
        return new PushStatus.Session(record.purpose().name(), record.status().name(), record.usersUpserted(),
                record.usersDeleted(), record.requests(), utc(record.createdAt()), utc(record.updatedAt()), record.error());
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
