package dev.luccaokta.okta.push;

import dev.luccaokta.tenant.PushDeliveries;
import dev.luccaokta.tenant.PushOutbox;
import dev.luccaokta.tenant.PushSessionRecord;
import dev.luccaokta.tenant.PushSessions;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A tenant's {@link PushStatus}, read from the outbox, the session log and the recorded lags. */
@ApplicationScoped
public class PushInsight {

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
                deliveries.hourly(id, now.truncatedTo(ChronoUnit.HOURS).minusDays(7)).stream()
                        .map(hour -> new PushStatus.Hour(utc(hour.hour()), hour.count(), hour.p50().toMillis(),
                                hour.max().toMillis()))
                        .toList());
    }

    private static PushStatus.Session session(PushSessionRecord record) {
        return new PushStatus.Session(record.purpose().name(), record.status().name(), record.usersUpserted(),
                record.usersDeleted(), record.requests(), utc(record.createdAt()), utc(record.updatedAt()), record.error());
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
