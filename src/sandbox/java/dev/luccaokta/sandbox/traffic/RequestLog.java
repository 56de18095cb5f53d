package dev.luccaokta.sandbox.traffic;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the Lucca API requests the sandbox answered, by endpoint ({@code GET /api/v3/users/{id}}) and by status,
 * so that tests can check how a client used the API. Admin requests are not counted. A request is counted in the
 * log that was current when it arrived: one still being answered when the log is cleared is left out, since its
 * client saw it before the clear.
 */
public final class RequestLog {
    private final SortedMap<String, Long> byEndpoint = new TreeMap<>();
    private final SortedMap<String, Long> byStatus = new TreeMap<>();
    private long total;
    private long generation;

    /** The log's current generation, to hand back to {@link #record} once the request is answered. */
    public synchronized long arrival() {
        return generation;
    }

    public synchronized void record(long arrivedIn, String endpoint, int status) {
        if (arrivedIn != generation) {
            return;
        }
        total++;
        byEndpoint.merge(endpoint, 1L, Long::sum);
        byStatus.merge(String.valueOf(status), 1L, Long::sum);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(total, byEndpoint, byStatus);
    }

    public synchronized void clear() {
        generation++;
        total = 0;
        byEndpoint.clear();
        byStatus.clear();
    }

    /** The counts at one moment, sorted by key. */
    public record Snapshot(long total, Map<String, Long> byEndpoint, Map<String, Long> byStatus) {
        public Snapshot {
            byEndpoint = Collections.unmodifiableSortedMap(new TreeMap<>(byEndpoint));
            byStatus = Collections.unmodifiableSortedMap(new TreeMap<>(byStatus));
        }
    }
}
