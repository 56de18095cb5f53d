package dev.luccaokta.okta.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.DirectoryUnavailableException;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.okta.OktaProfile;
import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.PushAction;
import dev.luccaokta.tenant.PushOutbox;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds, every {@code okta.push.watchMillis}, who changed for Okta in each push tenant's snapshot, and puts them in
 * the outbox. A snapshot made from the one looked at last is compared person by person through its stamps, so an
 * event costs the people it changed; the first look after a start, and one every {@code okta.push.reconcileHours},
 * compares everyone with the ledger of what Okta was last sent (the initial load, and the reconciliation that
 * catches whatever went missing). Asking for the snapshot also keeps it fresh: in push mode Okta does not read it.
 */
@ApplicationScoped
public class PushWatcher {

    private static final Logger LOG = Logger.getLogger(PushWatcher.class.getName());

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    /** Why a tenant's Okta settings cannot be used, said once in the log until it changes. */
    private final Map<String, String> unusable = new ConcurrentHashMap<>();

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDirectories directories;

    @Inject
    OktaLedger ledger;

    @Inject
    PushOutbox outbox;

    @Inject
    PushSender sender;

    @Inject
    GroupSync groups;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "okta.push.watchMillis")
    long watchMillis;

    @Inject
    @ConfigProperty(name = "okta.push.reconcileHours")
    long reconcileHours;

    private ScheduledFuture<?> task;

    /** The snapshot last looked at, and when everyone was last compared with the ledger. */
    private record Seen(DirectorySnapshot snapshot, Instant reconciledAt) {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::watch, watchMillis, watchMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * Sends everyone again at the next look, whatever the ledger says Okta was sent, and deletes whoever left: on an
     * administrator's ask, when Okta may have lost or changed people. The daily reconciliation only sends what
     * differs from the ledger.
     */
    public void reconcile(String tenantId) {
        ledger.forgetProfiles(tenantId);
        lookAgain(tenantId);
    }

    /** Compares everyone with the ledger at the next look, as after a start: the tenant's settings changed. */
    public void lookAgain(String tenantId) {
        seen.remove(tenantId);
        groups.reconcile(tenantId);
    }

    private void watch() {
        try {
            for (Tenant tenant : tenants.findAll()) {
                if (tenant.pushesToOkta()) {
                    look(tenant);
                } else {
                    seen.remove(tenant.getId());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("push-watch-failed", "error", e.getClass().getSimpleName()), e);
        }
    }

    private void look(Tenant tenant) {
        PushTenant pushing;
        try {
            pushing = PushTenant.of(tenant);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals(unusable.put(tenant.getId(), e.getMessage()))) {
                LOG.warning(LogLine.of("push-settings-unusable", "tenant", tenant.getId(), "reason", e.getMessage()));
            }
            return;
        }
        unusable.remove(tenant.getId());
        DirectorySnapshot snapshot;
        try {
            snapshot = directories.current(pushing.view());
        } catch (DirectoryUnavailableException e) {
            return; // the first snapshot is being built, or Lucca is down: the next look tries again
        }
        Seen before = seen.get(tenant.getId());
        if (before != null && before.snapshot() == snapshot) {
            return;
        }
        Instant now = clock.instant();
        boolean everyone = before == null || before.reconciledAt().plus(Duration.ofHours(reconcileHours)).isBefore(now);
        enqueue(tenant.getId(), snapshot, everyone ? null : before.snapshot(), now);
        seen.put(tenant.getId(), new Seen(snapshot, everyone ? now : before.reconciledAt()));
    }

    /** @param before null to compare everyone with the ledger */
    private void enqueue(String tenantId, DirectorySnapshot snapshot, DirectorySnapshot before, Instant now) {
        Set<String> candidates = before == null ? snapshot.userIds() : snapshot.usersChangedSince(before);
        Set<String> left = new HashSet<>(before == null ? Set.of() : before.userIds());
        left.removeAll(snapshot.userIds());
        // Everyone's hashes for a comparison of everyone; an event's people alone otherwise.
        Map<String, String> sent = before == null ? ledger.hashes(tenantId)
                : ledger.hashes(tenantId, union(candidates, left));
        Map<Instant, Map<String, PushAction>> byChange = new TreeMap<>();
        int unusable = 0;
        for (String id : candidates) {
            Optional<ObjectNode> user = snapshot.user(id);
            if (user.isEmpty()) {
                continue;
            }
            if (!PushProfiles.active(user.get())) {
                if (sent.containsKey(id)) {
                    byChange.computeIfAbsent(now, at -> new HashMap<>()).put(id, PushAction.DELETE);
                }
                continue;
            }
            OktaProfile profile;
            try {
                profile = PushProfiles.of(user.get());
            } catch (IllegalArgumentException e) {
                unusable++;
                continue;
            }
            if (!PushProfiles.hash(profile).equals(sent.get(id))) {
                Instant changedAt = before == null ? now : changedAt(user.get(), before.builtAt(), now);
                byChange.computeIfAbsent(changedAt, at -> new HashMap<>()).put(id, PushAction.UPSERT);
            }
        }
        Set<String> gone = new HashSet<>(before == null ? sent.keySet() : left);
        gone.removeAll(snapshot.userIds());
        gone.retainAll(sent.keySet());
        gone.forEach(id -> byChange.computeIfAbsent(now, at -> new HashMap<>()).put(id, PushAction.DELETE));
        byChange.forEach((at, actions) -> outbox.enqueue(tenantId, actions, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
        if (unusable > 0) {
            LOG.warning(LogLine.of("push-profiles-unusable", "tenant", tenantId, "people", unusable,
                    "reason", "no userName or e-mail address"));
        }
        // Groups may have changed too: the sender looks at them once nobody is due.
        sender.nudge(tenantId);
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> union = new HashSet<>(one);
        union.addAll(other);
        return union;
    }

    /**
     * When the person changed in Lucca, as the representation says, kept between the previous snapshot and now: the
     * lag Okta sees counts from there.
     */
    private static Instant changedAt(ObjectNode user, Instant previousBuilt, Instant now) {
        String lastModified = user.path("meta").path("lastModified").asText(null);
        try {
            Instant modified = lastModified == null ? previousBuilt : OffsetDateTime.parse(lastModified).toInstant();
            return modified.isBefore(previousBuilt) ? previousBuilt : modified.isAfter(now) ? now : modified;
        } catch (java.time.format.DateTimeParseException e) {
            return previousBuilt;
        }
    }
}
