package dev.luccaokta.events;

import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.KnownDirectory;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaApiReader;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.EventInbox;
import dev.luccaokta.tenant.InboxEvent;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies each tenant's stored events to its snapshot, one tenant at a time in the whole cluster (the inbox's claim):
 * shortly after an event arrives (a burst is gathered into one batch), and every few seconds for what is left
 * (events stored just before a crash, or given back after Lucca failed). The people a batch is about are read again
 * from Lucca by lists of 100 ids, whatever the number of events about each; a change of organisation has the tenant
 * read in full; events older than the snapshot's own read of Lucca are done already.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class.getName());
    /** A change saved in Lucca while it was being read may be missing from that read: such events are applied. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final String instance = UUID.randomUUID().toString();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    @Inject
    EventInbox inbox;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDirectories directories;

    @Inject
    LuccaApiReader reader;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "events.gatherMillis")
    long gatherMillis;

    @Inject
    @ConfigProperty(name = "events.sweepSeconds")
    long sweepSeconds;

    @Inject
    @ConfigProperty(name = "events.retrySeconds")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "events.batchSize")
    int batchSize;

    private ScheduledFuture<?> sweep;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Applies the tenant's events soon, gathering those that arrive meanwhile into the same batch. */
    public void nudge(String tenantId) {
        if (scheduled.add(tenantId)) {
            try {
                scheduler.schedule(() -> drain(tenantId), gatherMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Shutting down, or no thread free: the sweep finds the events in the inbox.
                scheduled.remove(tenantId);
            }
        }
    }

    /** What went wrong the last time the tenant's events were applied, until they apply again. */
    public Optional<String> problem(String tenantId) {
        return Optional.ofNullable(problems.get(tenantId));
    }

    private void sweep() {
        try {
            inbox.tenantsWaiting().forEach(this::nudge);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("events-sweep-failed", "error", e.getClass().getSimpleName()));
        }
    }

    private void drain(String tenantId) {
        scheduled.remove(tenantId);
        try {
            while (applyBatch(tenantId)) {
                // until the tenant's inbox is empty or waits for something
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("events-apply-failed", "tenant", tenantId), e);
        }
    }

    /** Applies one claimed batch; false when there was nothing to claim, or it must wait. */
    private boolean applyBatch(String tenantId) {
        List<InboxEvent> batch = inbox.claim(tenantId, instance, Duration.ofSeconds(retrySeconds * 4), batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        Optional<Tenant> tenant = tenants.findById(tenantId);
        if (tenant.isEmpty() || !tenant.get().isLuccaEvents() || tenant.get().getLuccaClientId().isEmpty()) {
            inbox.complete(ids(batch), instance, InboxEvent.Outcome.IGNORED);
            return true;
        }
        TenantView view = TenantView.of(tenant.get());
        Optional<KnownDirectory> known = directories.known(view);
        if (known.isEmpty()) {
            // No snapshot yet: the first read of Lucca is started, and the events wait for it.
            directories.prepare(view);
            inbox.release(tenantId, instance, OffsetDateTime.now().plusSeconds(1));
            return false;
        }
        EventPlan plan = EventPlan.of(batch, known.get().readAt().minus(OVERLAP));
        inbox.complete(plan.ignored(), instance, InboxEvent.Outcome.IGNORED);
        inbox.complete(plan.superseded(), instance, InboxEvent.Outcome.SUPERSEDED);
        try {
            if (!plan.organisation().isEmpty()) {
                directories.readInFull(view);
                inbox.complete(plan.organisation(), instance, InboxEvent.Outcome.READ_IN_FULL);
                inbox.complete(plan.aboutPeople(), instance, InboxEvent.Outcome.READ_IN_FULL);
            } else if (!plan.people().isEmpty()) {
                applyPeople(view, known.get(), plan);
            }
            problems.remove(tenantId);
            return true;
        } catch (RuntimeException e) {
            problems.put(tenantId, "Lucca could not be read for the last events (" + e.getClass().getSimpleName()
                    + "); they are applied when it answers again");
            LOG.log(Level.WARNING, LogLine.of("events-deferred", "tenant", tenantId, "events", batch.size(),
                    "error", e.getClass().getSimpleName()));
            inbox.release(tenantId, instance, OffsetDateTime.now().plusSeconds(retrySeconds));
            return false;
        }
    }

    private void applyPeople(TenantView view, KnownDirectory known, EventPlan plan) {
        Set<String> customFields = view.selectedProperties().stream()
                .filter(code -> code.startsWith(PropertyCatalogue.CUSTOM_FIELD_PREFIX)).collect(Collectors.toSet());
        List<LuccaUser> read = reader.employees(view.lucca(), plan.people().keySet(), customFields, known.organisation(),
                known.names());
        Set<Long> removed = new HashSet<>(plan.people().keySet());
        read.forEach(user -> removed.remove(user.id()));
        directories.applyChanges(view, read, removed);
        List<String> applied = read.stream().flatMap(user -> plan.people().getOrDefault(user.id(), List.of()).stream()).toList();
        List<String> gone = removed.stream().flatMap(id -> plan.people().get(id).stream()).toList();
        inbox.complete(applied, instance, InboxEvent.Outcome.APPLIED);
        inbox.complete(gone, instance, InboxEvent.Outcome.REMOVED);
        LOG.info(() -> LogLine.of("events-applied", "tenant", view.tenantId(), "people", read.size(), "removed", removed.size(),
                "events", applied.size() + gone.size()));
    }

    private static List<String> ids(List<InboxEvent> batch) {
        return batch.stream().map(InboxEvent::getId).toList();
    }
}
