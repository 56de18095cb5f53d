package dev.luccaokta.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SharedStore} in this JVM, with the same expiry as the distributed one (an entry lives a fixed time
 * after it was last written): what several connectors in one process (the unit tests) share.
 */
public class LocalStore implements SharedStore {

    private record Entry(byte[] value, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public LocalStore(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public byte[] get(String key) {
        Entry entry = live(key);
        return entry == null ? null : entry.value();
    }

    @Override
    public synchronized void put(String key, byte[] value) {
        entries.put(key, fresh(value));
    }

    @Override
    public synchronized boolean putIfAbsent(String key, byte[] value) {
        if (live(key) != null) {
            return false;
        }
        entries.put(key, fresh(value));
        return true;
    }

    @Override
    public synchronized boolean replace(String key, byte[] expected, byte[] value) {
        Entry entry = live(key);
        if (entry == null || !Arrays.equals(entry.value(), expected)) {
            return false;
        }
        entries.put(key, fresh(value));
        return true;
    }

    @Override
    public synchronized boolean remove(String key, byte[] expected) {
        Entry entry = live(key);
        return entry != null && Arrays.equals(entry.value(), expected) && entries.remove(key, entry);
    }

    private Entry live(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.expires().isAfter(clock.instant())) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    private Entry fresh(byte[] value) {
        return new Entry(value, clock.instant().plus(lifetime));
    }
}
