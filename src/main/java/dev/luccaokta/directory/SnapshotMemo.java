package dev.luccaokta.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What searches worked out from a whole snapshot (a sort order, the attributes a filter reads), kept for the next
 * search of the same snapshot, the most recently used few only. A new snapshot starts with none: what was worked
 * out from the old one no longer holds.
 */
final class SnapshotMemo {

    /** Each entry costs at most a few dozen bytes per person; a handful covers what one tenant's admins filter on. */
    private static final int ENTRIES = 6;

    private final Map<String, Object> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The value kept under {@code key}, or {@code compute}'s, kept; computed outside the lock, so at worst twice. */
    @SuppressWarnings("unchecked")
    <T> T remembered(String key, Supplier<T> compute) {
        synchronized (entries) {
            Object kept = entries.get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T computed = compute.get();
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
