package dev.luccaokta.events;

import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaApiReader;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What Lucca could not deliver, taken from its event history: after a suspension, a restart or downtime, the events
 * whose delivery failed or is still scheduled are paged from {@code /lucca-api/events} into the inbox (those held
 * already are skipped) and applied like delivered ones. When the history is longer than
 * {@code events.catchUpMaxPages}, or Lucca does not let the client read it, the tenant is read in full instead.
 */
@ApplicationScoped
public class EventCatchUp {

    private static final Logger LOG = Logger.getLogger(EventCatchUp.class.getName());
    private static final List<String> UNDELIVERED = List.of("failed", "scheduled");

    @Inject
    TenantRepository tenants;

    @Inject
    LuccaApiReader reader;

    @Inject
    EventReception reception;

    @Inject
    EventApplier applier;

    @Inject
    TenantDirectories directories;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "events.catchUpMaxPages")
    int maxPages;

    /** Tenants being caught up by this instance, and those asked for again meanwhile. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Set<String> requestedAgain = ConcurrentHashMap.newKeySet();

    /**
     * Catches the tenant up in the background. A request while the tenant is being caught up runs once more after
     * it, rather than beside it: two at once would page the same history and race to store the same events.
     */
    public void request(String tenantId) {
        if (!running.add(tenantId)) {
            requestedAgain.add(tenantId);
            return;
        }
        try {
            executor.execute(() -> catchUpWhileRequested(tenantId));
        } catch (RejectedExecutionException e) {
            running.remove(tenantId);
            LOG.warning(LogLine.of("events-catch-up-not-started", "tenant", tenantId));
        }
    }

    private void catchUpWhileRequested(String tenantId) {
        try {
            do {
                requestedAgain.remove(tenantId);
                catchUp(tenantId);
            } while (requestedAgain.contains(tenantId));
        } finally {
            running.remove(tenantId);
        }
        // Asked for between the last look and the end of this run.
        if (requestedAgain.remove(tenantId)) {
            request(tenantId);
        }
    }

    /** Reads the tenant in full in the background: changes may have been made that no event will bring. */
    void readInFull(Tenant tenant) {
        directories.readInFull(TenantView.of(tenant));
    }

    private void catchUp(String tenantId) {
        Tenant tenant = tenants.findById(tenantId).filter(Tenant::isLuccaEvents).orElse(null);
        if (tenant == null || tenant.getLuccaClientId().isEmpty()) {
            return;
        }
        AtomicInteger taken = new AtomicInteger();
        try {
            boolean complete = true;
            for (String status : UNDELIVERED) {
                complete &= reader.events(TenantView.of(tenant).lucca(), status, maxPages, event -> take(tenantId, event, taken));
            }
            if (!complete) {
                LOG.info(LogLine.of("events-catch-up-too-long", "tenant", tenantId, "maxPages", maxPages));
                readInFull(tenant);
            }
            LOG.info(LogLine.of("events-caught-up", "tenant", tenantId, "taken", taken.get()));
            if (taken.get() > 0) {
                applier.nudge(tenantId);
            }
        } catch (RuntimeException e) {
            // Lucca's history could not be read (refused, unavailable): a full read holds everything it would have.
            LOG.log(Level.WARNING, LogLine.of("events-catch-up-failed", "tenant", tenantId, "error",
                    e.getClass().getSimpleName()));
            readInFull(tenant);
        }
    }

    private void take(String tenantId, JsonObject event, AtomicInteger taken) {
        try {
            if (reception.store(tenantId, DeliveredEvent.of(event))) {
                taken.incrementAndGet();
            }
        } catch (DeliveredEvent.Malformed e) {
            LOG.warning(LogLine.of("event-malformed", "tenant", tenantId, "reason", e.getMessage(), "from", "history"));
        }
    }
}
