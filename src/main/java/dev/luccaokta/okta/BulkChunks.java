package dev.luccaokta.okta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cuts users' changes into what Okta's sessions take: requests of at most {@value #MAX_ITEMS} users and
 * {@value #MAX_REQUEST_BYTES} bytes of JSON (Okta says 200 KB; the smaller reading of it), sessions of at most
 * {@value #MAX_REQUESTS_PER_SESSION} requests, and never the same external id twice, which Okta warns races in one
 * session: the last change of a user wins. A user whose profile alone is over the size limit cannot be sent in
 * bulk, and is set apart.
 *
 * <pre>{@code
 * BulkChunks.Plan plan = BulkChunks.plan(changes);
 * for (List<BulkRequest> session : plan.sessions()) { ... }   // one import session each
 * }</pre>
 */
public final class BulkChunks {

    public static final int MAX_ITEMS = 200;
    public static final int MAX_REQUEST_BYTES = 200_000;
    public static final int MAX_REQUESTS_PER_SESSION = 50;

    /**
     * @param sessions the requests of each session, upserts before deletes
     * @param tooLarge the external ids of users whose profile alone is over {@value #MAX_REQUEST_BYTES} bytes
     */
    public record Plan(List<List<BulkRequest>> sessions, List<String> tooLarge) {
        public Plan {
            sessions = sessions.stream().map(List::copyOf).toList();
            tooLarge = List.copyOf(tooLarge);
        }
    }

    private BulkChunks() {
    }

    public static Plan plan(List<? extends UserChange> changes) {
        Map<String, UserChange> last = new LinkedHashMap<>();
        for (UserChange change : changes) {
            last.remove(change.externalId());
            last.put(change.externalId(), change);
        }
        List<OktaProfile> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        for (UserChange change : last.values()) {
            if (change instanceof UserChange.Upsert upsert) {
                if (bytes(OktaBodies.UsersUpsert.of(List.of(upsert.profile()))) > MAX_REQUEST_BYTES) {
                    tooLarge.add(upsert.externalId());
                } else {
                    upserts.add(upsert.profile());
                }
            } else {
                deletes.add(change.externalId());
            }
        }
        List<BulkRequest> requests = new ArrayList<>();
        chunk(upserts, profile -> bytes(OktaBodies.UserEntry.of(profile)),
                bytes(OktaBodies.UsersUpsert.of(List.of())), BulkRequest.UpsertUsers::new, requests);
        chunk(deletes, id -> bytes(new OktaBodies.ExternalId(id)),
                bytes(OktaBodies.UsersDelete.of(List.of())), BulkRequest.DeleteUsers::new, requests);
        List<List<BulkRequest>> sessions = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += MAX_REQUESTS_PER_SESSION) {
            sessions.add(requests.subList(from, Math.min(requests.size(), from + MAX_REQUESTS_PER_SESSION)));
        }
        return new Plan(sessions, tooLarge);
    }

    /**
     * Fills requests in order: an item goes into the current request unless that would pass either limit. A
     * request's size is its empty body's, plus its items', plus the commas between them.
     */
    private static <T> void chunk(List<T> items, Function<T, Integer> itemBytes, int emptyBytes,
                                  Function<List<T>, BulkRequest> request, List<BulkRequest> into) {
        List<T> current = new ArrayList<>();
        int size = emptyBytes;
        for (T item : items) {
            int added = itemBytes.apply(item) + (current.isEmpty() ? 0 : 1);
            if (current.size() == MAX_ITEMS || size + added > MAX_REQUEST_BYTES) {
                into.add(request.apply(List.copyOf(current)));
                current = new ArrayList<>();
                size = emptyBytes;
                added = itemBytes.apply(item);
            }
            current.add(item);
            size += added;
        }
        if (!current.isEmpty()) {
            into.add(request.apply(List.copyOf(current)));
        }
    }

    /** The size of a body's JSON, as the client sends it. */
    static int bytes(Object body) {
        return OktaJson.write(body).getBytes(StandardCharsets.UTF_8).length;
    }
}
