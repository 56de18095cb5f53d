package dev.luccaokta.oktasandbox.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The requests the org answered, newest last, the most recent 10,000: method, path, status and time, no headers. */
@ApplicationScoped
public class RequestLog {
    static final int CAPACITY = 10_000;

    private final Deque<Entry> entries = new ArrayDeque<>();

    public record Entry(String method, String path, int status, Instant time) {
    }

    public synchronized void record(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
