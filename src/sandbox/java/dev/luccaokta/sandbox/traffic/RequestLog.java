package dev.luccaokta.sandbox.traffic;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the Lucca API requests the sandbox answered, by endpoint ({@code GET /api/v3/users/{id}}) and by status,
 * so that tests can check how a client used the API. Admin requests are not counted.
 */
public final class RequestLog {
    private final SortedMap<String, Long> byEndpoint = new TreeMap<>();
    private final SortedMap<String, Long> byStatus = new TreeMap<>();
    private long total;

    public synchronized void record(String endpoint, int status) {
        total++;
        byEndpoint.merge(endpoint, 1L, Long::sum);
        byStatus.merge(String.valueOf(status), 1L, Long::sum);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(total, byEndpoint, byStatus);
    }

    public synchronized void clear() {
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
