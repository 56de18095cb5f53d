package dev.luccaokta.oktasandbox.sessions;

import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.OktaIds;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The import sessions of every source and the rules Okta enforces on them (design §5.1): one session created per
 * source every five minutes and none while another is open, bulk requests only while open and within the limits,
 * start-import only once IN_PROGRESS, cancelling only while open. Triggered sessions of a source are processed one at
 * a time in the order triggered, each after the processing delay, by the scheduler.
 */
public final class ImportSessions {
    static final String CREATION_RULE =
            "Only one active import session per identity source is allowed to be created every 5 minutes";

    private final Clock clock;
    private final Directory directory;
    private final Supplier<SessionRules> rules;
    private final ImportScheduler scheduler;
    private final Map<String, ImportSession> sessions = new LinkedHashMap<>();
    private final Map<String, Queue<ImportSession>> waiting = new HashMap<>();
    private final Set<String> processing = new HashSet<>();
    private long generation;
    private int failuresToInject;

    public ImportSessions(Clock clock, Directory directory, Supplier<SessionRules> rules, ImportScheduler scheduler) {
        this.clock = clock;
        this.directory = directory;
        this.rules = rules;
        this.scheduler = scheduler;
    }

    public synchronized ImportSession.View create(String sourceId) {
        Instant now = clock.instant();
        expireIdle(now);
        boolean blocked = sessions.values().stream().filter(session -> session.sourceId().equals(sourceId))
                .anyMatch(session -> session.status().open() || session.status().active()
                        && session.created().plus(rules.get().creationWindow()).isAfter(now));
        if (blocked) {
            throw OktaApiException.validation("identitySourceId", CREATION_RULE);
        }
        ImportSession session = new ImportSession(OktaIds.next("aps"), sourceId, now);
        sessions.put(session.id(), session);
        return session.view();
    }

    public synchronized List<ImportSession.View> list(String sourceId) {
        expireIdle(clock.instant());
        List<ImportSession.View> views = new ArrayList<>();
        sessions.values().stream().filter(session -> session.sourceId().equals(sourceId))
                .forEach(session -> views.add(session.view()));
        return views;
    }

    public synchronized ImportSession.View get(String sourceId, String sessionId) {
        return find(sourceId, sessionId).view();
    }

    /** Loads a bulk request's change into an open session (HTTP 202). */
    public synchronized void stage(String sourceId, String sessionId, StagedChange change) {
        ImportSession session = find(sourceId, sessionId);
        if (!session.status().open()) {
            throw OktaApiException.validation("importSessionId", "Only a session that is in CREATED or IN_PROGRESS "
                    + "status can accept data; session " + sessionId + " is " + session.status() + ".");
        }
        if (session.bulkRequests() >= SessionRules.MAX_REQUESTS) {
            throw OktaApiException.validation("importSessionId",
                    "A session accepts at most " + SessionRules.MAX_REQUESTS + " bulk requests.");
        }
        if (change.size() > SessionRules.MAX_ITEMS) {
            throw OktaApiException.validation("profiles",
                    "A bulk request carries at most " + SessionRules.MAX_ITEMS + " entities; this one has " + change.size() + ".");
        }
        session.stage(change, carriesEntities(session, change), clock.instant());
    }

    /** A bulk delete of users counts only if it names a user the source has, or one this session upserts. */
    private boolean carriesEntities(ImportSession session, StagedChange change) {
        if (!(change instanceof StagedChange.DeleteUsers deletes)) {
            return change.size() > 0;
        }
        Set<String> staged = new HashSet<>();
        session.changes().stream().filter(StagedChange.UpsertUsers.class::isInstance)
                .forEach(upserts -> ((StagedChange.UpsertUsers) upserts).users()
                        .forEach(user -> staged.add(user.externalId())));
        return deletes.externalIds().stream().anyMatch(externalId -> staged.contains(externalId)
                || directory.user(session.sourceId(), externalId).isPresent());
    }

    public synchronized ImportSession.View startImport(String sourceId, String sessionId) {
        ImportSession session = find(sourceId, sessionId);
        if (session.status() != SessionStatus.IN_PROGRESS) {
            throw OktaApiException.validation("importSessionId",
                    "Session=" + sessionId + " should be in IN_PROGRESS status in order to be processed");
        }
        session.moveTo(SessionStatus.TRIGGERED, clock.instant());
        waiting.computeIfAbsent(sourceId, key -> new ArrayDeque<>()).add(session);
        processNext(sourceId);
        return session.view();
    }

    public synchronized void cancel(String sourceId, String sessionId) {
        ImportSession session = find(sourceId, sessionId);
        if (!session.status().open()) {
            throw OktaApiException.validation("importSessionId",
                    "Only a session that is in CREATED or IN_PROGRESS status can be canceled.");
        }
        session.moveTo(SessionStatus.CLOSED, clock.instant());
    }

    /** The next {@code count} sessions processed end in ERROR, their changes not applied. */
    public synchronized void failNextImports(int count) {
        failuresToInject = count;
    }

    /** Forgets every session; sessions being processed are dropped without being applied. */
    public synchronized void clear() {
        generation++;
        sessions.clear();
        waiting.clear();
        processing.clear();
        failuresToInject = 0;
    }

    private void processNext(String sourceId) {
        Queue<ImportSession> queue = waiting.get(sourceId);
        if (processing.contains(sourceId) || queue == null || queue.isEmpty()) {
            return;
        }
        ImportSession next = queue.remove();
        processing.add(sourceId);
        long scheduledIn = generation;
        scheduler.schedule(() -> finish(next, scheduledIn), rules.get().processingDelay());
    }

    private synchronized void finish(ImportSession session, long scheduledIn) {
        if (scheduledIn != generation) {
            return;
        }
        SessionStatus outcome = SessionStatus.COMPLETED;
        if (failuresToInject > 0) {
            failuresToInject--;
            outcome = SessionStatus.ERROR;
        } else {
            session.changes().forEach(change -> change.applyTo(directory, session.sourceId()));
        }
        session.moveTo(outcome, clock.instant());
        processing.remove(session.sourceId());
        processNext(session.sourceId());
    }

    private ImportSession find(String sourceId, String sessionId) {
        Instant now = clock.instant();
        expireIdle(now);
        ImportSession session = sessions.get(sessionId);
        if (session == null || !session.sourceId().equals(sourceId)) {
            throw OktaApiException.notFound(sessionId, "IdentitySourceSession");
        }
        session.touch(now);
        return session;
    }

    private void expireIdle(Instant now) {
        sessions.values().stream()
                .filter(session -> session.status().open()
                        && !session.lastRequest().plus(rules.get().idleExpiry()).isAfter(now))
                .forEach(session -> session.moveTo(SessionStatus.EXPIRED, now));
    }
}
