package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link PushDeliveries} on the application's persistence unit: one row per distinct lag of a delivery. Reads run in a
 * transaction as writes do, for the periodic tasks' sake (see {@link JpaTenantRepository}).
 */
@ApplicationScoped
@Transactional
public class JpaPushDeliveries implements PushDeliveries {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    @Override
    public void record(String tenantId, OffsetDateTime at, List<Duration> lags) {
        LagDistribution.grouped(lags).forEach((lagMillis, people) ->
                em.persist(new PushDelivery(tenantId, at, lagMillis, people)));
    }

    @Override
    public Optional<LagFigures> lag(String tenantId, OffsetDateTime since) {
        LagDistribution lags = new LagDistribution();
        em.createQuery("select d.lagMillis, sum(d.people) from PushDelivery d where d.tenantId = :tenant"
                        + " and d.deliveredAt >= :since group by d.lagMillis", Object[].class)
                .setParameter("tenant", tenantId).setParameter("since", since).getResultStream()
                .forEach(row -> lags.add(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return lags.figures();
    }

    @Override
    public List<HourlyLag> hourly(String tenantId, OffsetDateTime since) {
        Map<OffsetDateTime, LagDistribution> perHour = new TreeMap<>();
        em.createQuery("select d.deliveredAt, d.lagMillis, d.people from PushDelivery d where d.tenantId = :tenant"
                        + " and d.deliveredAt >= :since", Object[].class)
                .setParameter("tenant", tenantId).setParameter("since", since).getResultStream()
                .forEach(row -> perHour.computeIfAbsent(hourOf((OffsetDateTime) row[0]), hour -> new LagDistribution())
                        .add(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        return perHour.entrySet().stream().map(hour -> new HourlyLag(hour.getKey(), hour.getValue().count(),
                hour.getValue().percentile(50), hour.getValue().max())).toList();
    }

    @Override
    public int deleteDeliveredBefore(OffsetDateTime cutoff) {
        return em.createQuery("delete from PushDelivery d where d.deliveredAt < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    static OffsetDateTime hourOf(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    }
}
