package dev.luccaokta.okta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The import sessions of an identity source (S1 to S5) and their bulk uploads (B1 to B6): create a session, upload
 * at most {@value BulkChunks#MAX_REQUESTS_PER_SESSION} requests of at most {@value BulkChunks#MAX_ITEMS} items,
 * start the import, follow the session until Okta is done. Okta allows one new session per source every 5 minutes
 * ({@link OktaFailure.Kind#SESSION_WINDOW}); a session left half-built blocks that long, so a caller whose upload
 * fails cancels it. Reads are retried after a transient failure; writes are not, since Okta may have applied one it
 * did not answer, and uploads count against the session's 50.
 *
 * <pre>{@code
 * IdentitySourceSession session = sessions.create(source);
 * plan.sessions().get(0).forEach(request -> sessions.upload(source, session.id(), request));
 * sessions.startImport(source, session.id());
 * }</pre>
 */
@ApplicationScoped
public class IdentitySourceSessions {

    private final OktaCalls calls;

    @Inject
    public IdentitySourceSessions(OktaCalls calls) {
        this.calls = calls;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected IdentitySourceSessions() {
        this(null);
    }

    /** S1: a new session, CREATED. Okta answers 200 or 201. */
    public IdentitySourceSession create(OktaSource source) {
        return session(calls.call(source, "POST", source.path("/sessions"), null, OktaErrors.Target.SOURCE));
    }

    /** S2: the source's sessions Okta lists (which ones it lists varies: filter on {@link IdentitySourceSession#status()}). */
    @Retry(retryOn = OktaTransientException.class, maxRetries = 2, delay = 500, jitter = 250)
    public List<IdentitySourceSession> list(OktaSource source) {
        OktaAnswer answer = calls.call(source, "GET", source.path("/sessions"), null, OktaErrors.Target.SOURCE);
        if (!(OktaJson.parse(answer.body()).orElse(null) instanceof JsonArray array)) {
            throw new OktaUnusableAnswerException("a list of sessions that is not a JSON array");
        }
        List<IdentitySourceSession> sessions = new ArrayList<>();
        array.forEach(item -> IdentitySourceSession.of(item).ifPresent(sessions::add));
        return sessions;
    }

    /** S3: one session as Okta has it now. */
    @Retry(retryOn = OktaTransientException.class, maxRetries = 2, delay = 500, jitter = 250)
    public IdentitySourceSession get(OktaSource source, String sessionId) {
        return session(calls.call(source, "GET", sessionPath(source, sessionId, ""), null,
                OktaErrors.Target.SESSION));
    }

    /** S4: cancels a session still CREATED or IN_PROGRESS (CLOSED, its data dropped). */
    public void cancel(OktaSource source, String sessionId) {
        calls.call(source, "DELETE", sessionPath(source, sessionId, ""), null, OktaErrors.Target.SESSION);
    }

    /** S5: starts the import of a session IN_PROGRESS; the session comes back TRIGGERED. */
    public IdentitySourceSession startImport(OktaSource source, String sessionId) {
        return session(calls.call(source, "POST", sessionPath(source, sessionId, "/start-import"), null,
                OktaErrors.Target.SESSION));
    }

    /** B1 or B2, as {@link BulkChunks} planned it. */
    public void upload(OktaSource source, String sessionId, BulkRequest request) {
        if (request instanceof BulkRequest.UpsertUsers upsert) {
            upsertUsers(source, sessionId, upsert.profiles());
        } else {
            deleteUsers(source, sessionId, ((BulkRequest.DeleteUsers) request).externalIds());
        }
    }

    /** B1: creates or updates users (Okta answers 202 and applies them at the import). */
    public void upsertUsers(OktaSource source, String sessionId, List<OktaProfile> profiles) {
        checkItems(profiles, OktaProfile::externalId);
        bulk(source, sessionId, "/bulk-upsert", OktaBodies.UsersUpsert.of(profiles));
    }

    /** B2: deactivates users (unknown ones are ignored). */
    public void deleteUsers(OktaSource source, String sessionId, List<String> externalIds) {
        checkItems(externalIds.stream().map(id -> OktaProfile.checkExternalId(id, OktaProfile.MAX_EXTERNAL_ID))
                .toList(), Function.identity());
        bulk(source, sessionId, "/bulk-delete", OktaBodies.UsersDelete.of(externalIds));
    }

    /** B3: creates or updates groups (their memberships apart). */
    public void upsertGroups(OktaSource source, String sessionId, List<OktaGroup> groups) {
        checkItems(groups, OktaGroup::externalId);
        bulk(source, sessionId, "/bulk-groups-upsert",
                new OktaBodies.GroupsUpsert(groups.stream().map(OktaBodies.GroupEntry::of).toList()));
    }

    /** B4: deletes groups. */
    public void deleteGroups(OktaSource source, String sessionId, List<String> externalIds) {
        checkItems(externalIds.stream().map(id -> OktaProfile.checkExternalId(id, OktaGroup.MAX_ID)).toList(),
                Function.identity());
        bulk(source, sessionId, "/bulk-groups-delete", new OktaBodies.GroupsDelete(externalIds));
    }

    /** B5: adds members to groups. */
    public void upsertMemberships(OktaSource source, String sessionId, List<OktaMembership> memberships) {
        checkItems(memberships, OktaMembership::groupExternalId);
        bulk(source, sessionId, "/bulk-group-memberships-upsert", new OktaBodies.Memberships(memberships));
    }

    /** B6: removes members from groups. */
    public void deleteMemberships(OktaSource source, String sessionId, List<OktaMembership> memberships) {
        checkItems(memberships, OktaMembership::groupExternalId);
        bulk(source, sessionId, "/bulk-group-memberships-delete", new OktaBodies.Memberships(memberships));
    }

    /** One upload, refused before it leaves when its JSON is over {@value BulkChunks#MAX_REQUEST_BYTES} bytes. */
    private void bulk(OktaSource source, String sessionId, String suffix, Object body) {
        String json = OktaJson.write(body);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > BulkChunks.MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("A bulk request has at most " + BulkChunks.MAX_REQUEST_BYTES
                    + " bytes of JSON, not " + bytes);
        }
        calls.call(source, "POST", sessionPath(source, sessionId, suffix), json, OktaErrors.Target.SESSION);
    }

    private static String sessionPath(OktaSource source, String sessionId, String suffix) {
        if (sessionId == null || !OktaSource.OKTA_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException("A session id is letters and digits");
        }
        return source.path("/sessions/" + sessionId + suffix);
    }

    private static IdentitySourceSession session(OktaAnswer answer) {
        return OktaJson.parse(answer.body()).flatMap(IdentitySourceSession::of)
                .orElseThrow(() -> new OktaUnusableAnswerException("a session answer without a session"));
    }

    /** 1 to {@value BulkChunks#MAX_ITEMS} items, no key twice: what Okta takes in one request of a session. */
    private static <T> void checkItems(List<T> items, Function<T, String> key) {
        if (items.isEmpty() || items.size() > BulkChunks.MAX_ITEMS) {
            throw new IllegalArgumentException("A bulk request has 1 to " + BulkChunks.MAX_ITEMS + " items, not "
                    + items.size());
        }
        HashSet<String> seen = new HashSet<>();
        items.forEach(item -> {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException("A bulk request names " + key.apply(item) + " twice");
            }
        });
    }
}
