package dev.luccaokta.okta.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.okta.BulkChunks;
import dev.luccaokta.okta.BulkRequest;
import dev.luccaokta.okta.IdentitySourceSession;
import dev.luccaokta.okta.IdentitySourceSessions;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaProfile;
import dev.luccaokta.okta.UserChange;
import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.OutboxEntry;
import dev.luccaokta.tenant.PushAction;
import dev.luccaokta.tenant.PushLeases;
import dev.luccaokta.tenant.PushSessionRecord;
import dev.luccaokta.tenant.PushSessions;
import dev.luccaokta.web.LogLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a large round through one Okta import session: created, loaded with up to 50 bulk requests of up to 200
 * people and 200 KB each, started, then followed every {@code okta.push.sessionPollMillis} until Okta completes it;
 * only then does the ledger hold its people as sent. Okta opens one session per source every 5 minutes: a refusal
 * postpones the round to when Okta says. A session that fails while being loaded is cancelled, so that it does not
 * hold that window for nothing.
 */
@ApplicationScoped
public class SessionDelivery {

    /** The most people one session carries. */
    static final int MAX_PEOPLE = BulkChunks.MAX_ITEMS * BulkChunks.MAX_REQUESTS_PER_SESSION;
    private static final Logger LOG = Logger.getLogger(SessionDelivery.class.getName());
    private static final Duration AFTER_A_FAILED_SESSION = Duration.ofMinutes(1);

    /** The session each tenant has being processed by Okta, followed from this instance. */
    private final Map<String, Followed> followed = new ConcurrentHashMap<>();

    @Inject
    IdentitySourceSessions sessions;

    @Inject
    TenantDirectories directories;

    @Inject
    OktaLedger ledger;

    @Inject
    PushRecords records;

    @Inject
    PushSessions sessionLog;

    @Inject
    PushLeases leases;

    @Inject
    PushTenants tenants;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "okta.push.sessionPollMillis")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "okta.push.sessionTimeoutMinutes")
    long timeoutMinutes;

    /**
     * A session started, what it carries, until when it is followed, and how many times in a row Okta failed to say
     * how it goes.
     */
    private record Followed(PushTenant tenant, PushSessionRecord record, SessionLoad load, Instant deadline,
                            Runnable whenDone, int failedPolls) {

        Followed answered() {
            return failedPolls == 0 ? this : new Followed(tenant, record, load, deadline, whenDone, 0);
        }

        Followed failedAgain() {
            return new Followed(tenant, record, load, deadline, whenDone, failedPolls + 1);
        }
    }

    /** Whether the tenant has a session being processed: its round waits. */
    boolean busy(PushTenant tenant) {
        return busy(tenant.id());
    }

    boolean busy(String tenantId) {
        return followed.containsKey(tenantId);
    }

    /** Sends up to {@link #MAX_PEOPLE} of the entries in one session; {@code whenDone} runs once it ended. */
    void deliver(PushTenant tenant, List<OutboxEntry> due, Runnable whenDone) {
        DirectorySnapshot snapshot = directories.current(tenant.view());
        Map<String, String> sent = ledger.hashes(tenant.id(), due.stream().map(OutboxEntry::externalId).toList());
        Accepted unchanged = new Accepted();
        List<UserChange> changes = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, OutboxEntry> byId = new HashMap<>();
        for (OutboxEntry entry : due) {
            String id = entry.externalId();
            Optional<ObjectNode> user = entry.action() == PushAction.UPSERT
                    ? snapshot.user(id).filter(PushProfiles::active) : Optional.empty();
            if (user.isPresent()) {
                OktaProfile profile;
                try {
                    profile = PushProfiles.of(user.get());
                } catch (IllegalArgumentException e) {
                    records.postponed(tenant.id(), List.of(entry), Retries.REFUSED_PROFILE, "PROFILE: " + e.getMessage());
                    continue;
                }
                String hash = PushProfiles.hash(profile);
                if (hash.equals(sent.get(id))) {
                    unchanged.unchanged(entry);
                    continue;
                }
                hashes.put(id, hash);
                changes.add(new UserChange.Upsert(profile));
            } else if (sent.containsKey(id)) {
                changes.add(new UserChange.Delete(id));
            } else {
                unchanged.unchanged(entry);
                continue;
            }
            byId.put(id, entry);
        }
        records.accepted(tenant.id(), unchanged);
        BulkChunks.Plan plan = BulkChunks.plan(changes);
        records.postponed(tenant.id(), plan.tooLarge().stream().map(byId::remove).toList(), Retries.REFUSED_PROFILE,
                "PROFILE: larger than one bulk request takes");
        if (plan.sessions().isEmpty()) {
            return;
        }
        boolean initialLoad = ledger.count(tenant.id()) == 0;
        start(tenant, new PeopleLoad(tenant.id(), plan.sessions().get(0), byId, hashes, initialLoad), whenDone);
    }

    /**
     * Opens a session, loads it, starts it and follows it; {@code whenDone} runs once it ended, however. Nothing is
     * started when another session of the tenant is being followed.
     */
    void start(PushTenant tenant, SessionLoad load, Runnable whenDone) {
        PushSessionRecord record = null;
        try {
            IdentitySourceSession session = sessions.create(tenant.source());
            record = PushSessionRecord.opened(tenant.id(), session.id(), load.purpose(), now());
            sessionLog.save(record);
            for (SessionLoad.Upload upload : load.uploads()) {
                upload.to(sessions, tenant.source(), session.id());
            }
            record = record.carrying(load.upserted(), load.deleted(), load.uploads().size(), now());
            IdentitySourceSession started = sessions.startImport(tenant.source(), session.id());
            record = record.withStatus(status(started.status()), now());
            sessionLog.update(record);
        } catch (OktaFailure failure) {
            if (record != null) {
                cancelQuietly(tenant, record.oktaSessionId());
                sessionLog.update(record.failed(Retries.describe(failure), now()));
            }
            load.failed(failure, wait(tenant, failure, load.attempts()));
            whenDone.run();
            return;
        }
        Followed session = new Followed(tenant, record, load, clock.instant().plus(Duration.ofMinutes(timeoutMinutes)),
                whenDone, 0);
        followed.put(tenant.id(), session);
        scheduler.schedule(() -> follow(session), poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How long the load waits: a refused session until the window of the tenant's last session ends, so that what
     * changes meanwhile goes into the next session together.
     */
    private Duration wait(PushTenant tenant, OktaFailure failure, int attempts) {
        Duration wait = Retries.after(failure, attempts);
        if (failure.kind() == OktaFailure.Kind.SESSION_WINDOW) {
            wait = Retries.untilWindowOpens(sessionLog.latest(tenant.id()).map(last -> last.createdAt().toInstant()),
                    clock.instant(), wait);
        }
        return wait;
    }

    /** A session that failed half-loaded would hold Okta's 5-minute window: cancelled, whatever Okta answers. */
    private void cancelQuietly(PushTenant tenant, String sessionId) {
        try {
            sessions.cancel(tenant.source(), sessionId);
        } catch (OktaFailure e) {
            LOG.fine(() -> "Session " + sessionId + " of tenant " + tenant.id() + " not cancelled: " + e.kind());
        }
    }

    private void follow(Followed session) {
        PushSessionRecord record = session.record();
        if (!tenants.stillSendsTo(session.tenant())) {
            abandon(session);
            return;
        }
        try {
            leases.acquire(session.tenant().id(), PushSender.LEASE);
            IdentitySourceSession now = sessions.get(session.tenant().source(), record.oktaSessionId());
            switch (now.status()) {
                case COMPLETED -> completed(session);
                case ERROR, CLOSED, EXPIRED -> ended(session, record.withStatus(status(now.status()), now()),
                        "Okta's import session ended " + now.status());
                case CREATED, IN_PROGRESS, TRIGGERED, UNKNOWN -> again(session.answered(), poll());
            }
        } catch (OktaFailure failure) {
            if (failure.kind() == OktaFailure.Kind.NOT_FOUND) {
                ended(session, record.failed("Okta no longer knows the session", now()),
                        "Okta no longer knows the import session");
            } else {
                again(session.failedAgain(), Retries.nextPoll(failure, session.failedPolls(), poll()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogLine.of("push-session-follow-failed", "tenant", session.tenant().id()), e);
            again(session, poll());
        }
    }

    /**
     * Its tenant was deleted, or no longer pushes to that source: the session is not followed further, and its people
     * stay in the outbox, or are compared with the ledger again should the tenant push there again.
     */
    private void abandon(Followed session) {
        LOG.info(() -> LogLine.of("push-session-abandoned", "tenant", session.tenant().id(), "session",
                session.record().oktaSessionId()));
        try {
            sessionLog.update(session.record().failed("Not followed: the tenant no longer pushes to this identity source",
                    now()));
        } catch (IllegalArgumentException goneWithItsTenant) {
            LOG.fine(() -> "The session of deleted tenant " + session.tenant().id() + " is not recorded");
        } finally {
            finish(session);
        }
    }

    private void again(Followed session, Duration wait) {
        if (clock.instant().isAfter(session.deadline())) {
            ended(session, session.record().failed("Not completed within " + timeoutMinutes + " minutes", now()),
                    "Okta's import session did not complete in time");
            return;
        }
        scheduler.schedule(() -> follow(session), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Duration poll() {
        return Duration.ofMillis(pollMillis);
    }

    private void completed(Followed session) {
        try {
            session.load().completed(clock.instant());
            sessionLog.update(session.record().withStatus(PushSessionRecord.Status.COMPLETED, now()));
        } finally {
            finish(session);
        }
    }

    private void ended(Followed session, PushSessionRecord record, String why) {
        try {
            sessionLog.update(record);
            session.load().ended(why);
        } finally {
            finish(session);
        }
    }

    private void finish(Followed session) {
        followed.remove(session.tenant().id());
        try {
            leases.release(session.tenant().id());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The push lease of tenant " + session.tenant().id() + " is left to end by itself", e);
        }
        session.whenDone().run();
    }

    /** People from the outbox: their entries are delivered once Okta completed the session, postponed otherwise. */
    private final class PeopleLoad implements SessionLoad {

        private final String tenantId;
        private final List<Upload> uploads = new ArrayList<>();
        private final Map<String, OutboxEntry> carried = new HashMap<>();
        private final Map<String, String> hashes;
        private final boolean initialLoad;
        private int upserted;
        private int deleted;

        PeopleLoad(String tenantId, List<BulkRequest> requests, Map<String, OutboxEntry> byId, Map<String, String> hashes,
                   boolean initialLoad) {
            this.tenantId = tenantId;
            this.hashes = hashes;
            this.initialLoad = initialLoad;
            for (BulkRequest request : requests) {
                uploads.add((client, source, sessionId) -> client.upload(source, sessionId, request));
                if (request instanceof BulkRequest.UpsertUsers upserts) {
                    upserts.profiles().forEach(profile -> carried.put(profile.externalId(), byId.get(profile.externalId())));
                    upserted += upserts.profiles().size();
                } else if (request instanceof BulkRequest.DeleteUsers deletes) {
                    deletes.externalIds().forEach(id -> carried.put(id, byId.get(id)));
                    deleted += deletes.externalIds().size();
                }
            }
        }

        @Override
        public List<Upload> uploads() {
            return uploads;
        }

        @Override
        public PushSessionRecord.Purpose purpose() {
            return initialLoad ? PushSessionRecord.Purpose.INITIAL_LOAD : PushSessionRecord.Purpose.CHANGES;
        }

        @Override
        public int upserted() {
            return upserted;
        }

        @Override
        public int deleted() {
            return deleted;
        }

        @Override
        public void completed(Instant at) {
            Accepted accepted = new Accepted();
            carried.forEach((id, entry) -> {
                String hash = hashes.get(id);
                if (hash == null) {
                    accepted.deleted(entry, at);
                } else {
                    accepted.upserted(entry, hash, at);
                }
            });
            records.accepted(tenantId, accepted);
        }

        @Override
        public int attempts() {
            return carried.values().stream().mapToInt(OutboxEntry::attempts).max().orElse(0);
        }

        @Override
        public void failed(OktaFailure failure, Duration wait) {
            records.postponed(tenantId, carried.values(), wait, Retries.describe(failure));
        }

        @Override
        public void ended(String why) {
            records.postponed(tenantId, carried.values(), AFTER_A_FAILED_SESSION, why);
        }
    }

    private static PushSessionRecord.Status status(IdentitySourceSession.Status status) {
        return status == IdentitySourceSession.Status.UNKNOWN ? PushSessionRecord.Status.TRIGGERED
                : PushSessionRecord.Status.valueOf(status.name());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
