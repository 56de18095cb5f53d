package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events Lucca delivered, per tenant ({@link InboxEvent}): stored before Lucca is told they arrived, claimed by
 * one instance at a time to be applied, marked applied once. Shared by the instances of a cluster through the
 * database.
 *
 * <pre>{@code
 * List<InboxEvent> batch = inbox.claim(tenantId, instanceId, Duration.ofSeconds(60), 500);
 * inbox.complete(ids, instanceId, InboxEvent.Outcome.APPLIED);
 * }</pre>
 *
 * <p>Reads run in a transaction as writes do: the background tasks that call them (events, webhook checks) run
 * again and again in the context captured when they were scheduled, and Payara closes the non-transactional
 * entity manager of that context after the first run, failing every later one.
 */
@ApplicationScoped
@Transactional
public class EventInbox {

    /** What the inbox says of a tenant's events, for its status. */
    public record Summary(Optional<OffsetDateTime> lastReceivedAt, Optional<OffsetDateTime> lastAppliedAt, long pending,
                          Optional<OffsetDateTime> oldestPendingSince, Optional<Duration> lastApplyDelay,
                          Map<LocalDate, Long> receivedPerDay) {
    }

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    /** Whether this event of this tenant is already stored. */
    public boolean holds(String tenantId, String eventId) {
        return !em.createQuery("select e.id from InboxEvent e where e.tenantId = :tenant and e.eventId = :event", String.class)
                .setParameter("tenant", tenantId).setParameter("event", eventId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Stores an event, in its own transaction so that it is durable when this returns. An event stored meanwhile by
     * another request fails on the table's unique key: see {@link #holds}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(InboxEvent event) {
        em.persist(event);
        em.flush();
    }

    /**
     * Takes the tenant's events nobody is applying, for {@code lease}, and returns at most {@code limit} of them in
     * the order they occurred; none while another instance holds some of the tenant's events. One instance applies a
     * tenant's events at a time, each on top of the snapshot the one before published: two applying at once would
     * each publish a snapshot without the other's changes.
     */
    @Transactional
    public List<InboxEvent> claim(String tenantId, String owner, Duration lease, int limit) {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(lease);
        // The tenant's endpoint row is the lock that makes the look at other claims and the claim one step.
        em.find(WebhookSubscription.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        long heldElsewhere = em.createQuery("select count(e) from InboxEvent e where e.tenantId = :tenant"
                        + " and e.appliedAt is null and e.claimedBy <> :owner and e.claimedUntil >= :now", Long.class)
                .setParameter("tenant", tenantId).setParameter("owner", owner).setParameter("now", now).getSingleResult();
        if (heldElsewhere > 0) {
            return List.of();
        }
        em.createQuery("update InboxEvent e set e.claimedBy = :owner, e.claimedUntil = :until where e.tenantId = :tenant"
                        + " and e.appliedAt is null and (e.claimedUntil is null or e.claimedUntil < :now)")
                .setParameter("owner", owner).setParameter("until", until).setParameter("tenant", tenantId)
                .setParameter("now", now).executeUpdate();
        return em.createQuery("select e from InboxEvent e where e.tenantId = :tenant and e.claimedBy = :owner"
                        + " and e.claimedUntil = :until and e.appliedAt is null order by e.occurredAt, e.eventId", InboxEvent.class)
                .setParameter("tenant", tenantId).setParameter("owner", owner).setParameter("until", until)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Marks claimed events applied with this outcome, each once: an event another instance completed already (its
     * lease having ended) is not counted again.
     *
     * @return how many were marked now
     */
    @Transactional
    public int complete(Collection<String> ids, String owner, InboxEvent.Outcome outcome) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update InboxEvent e set e.appliedAt = :now, e.outcome = :outcome, e.claimedUntil = null"
                        + " where e.id in :ids and e.claimedBy = :owner and e.appliedAt is null")
                .setParameter("now", now()).setParameter("outcome", outcome).setParameter("ids", ids)
                .setParameter("owner", owner).executeUpdate();
    }

    /** Gives back claimed events not applied, to be tried again after {@code retryAt}. */
    @Transactional
    public void release(String tenantId, String owner, OffsetDateTime retryAt) {
        em.createQuery("update InboxEvent e set e.claimedUntil = :retry where e.tenantId = :tenant"
                        + " and e.claimedBy = :owner and e.appliedAt is null")
                .setParameter("retry", retryAt).setParameter("tenant", tenantId).setParameter("owner", owner)
                .executeUpdate();
    }

    /** The tenants with events waiting that nobody is applying. */
    public List<String> tenantsWaiting() {
        return em.createQuery("select distinct e.tenantId from InboxEvent e where e.appliedAt is null"
                        + " and (e.claimedUntil is null or e.claimedUntil < :now)", String.class)
                .setParameter("now", now()).getResultList();
    }

    /** The tenant's events, for its status: received and applied, waiting, and how many arrived each day since {@code since}. */
    public Summary summary(String tenantId, LocalDate since) {
        Object[] times = em.createQuery("select max(e.receivedAt), max(e.appliedAt) from InboxEvent e"
                + " where e.tenantId = :tenant", Object[].class).setParameter("tenant", tenantId).getSingleResult();
        Object[] waiting = em.createQuery("select count(e), min(e.receivedAt) from InboxEvent e"
                + " where e.tenantId = :tenant and e.appliedAt is null", Object[].class).setParameter("tenant", tenantId)
                .getSingleResult();
        Optional<Duration> delay = em.createQuery("select e from InboxEvent e where e.tenantId = :tenant"
                        + " and e.appliedAt is not null order by e.appliedAt desc", InboxEvent.class)
                .setParameter("tenant", tenantId).setMaxResults(1).getResultStream().findFirst()
                .map(last -> Duration.between(last.getReceivedAt(), last.getAppliedAt().orElseThrow()));
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        em.createQuery("select e.receivedAt from InboxEvent e where e.tenantId = :tenant and e.receivedAt >= :since"
                        + " order by e.receivedAt", OffsetDateTime.class)
                .setParameter("tenant", tenantId).setParameter("since", since.atStartOfDay().atOffset(ZoneOffset.UTC))
                .getResultStream().forEach(at -> perDay.merge(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        return new Summary(Optional.ofNullable((OffsetDateTime) times[0]), Optional.ofNullable((OffsetDateTime) times[1]),
                ((Number) waiting[0]).longValue(), Optional.ofNullable((OffsetDateTime) waiting[1]), delay, perDay);
    }

    /** Forgets the events applied before {@code cutoff}: Lucca delivers none of them again after it keeps them no more. */
    @Transactional
    public int deleteAppliedBefore(OffsetDateTime cutoff) {
        return em.createQuery("delete from InboxEvent e where e.appliedAt is not null and e.appliedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
