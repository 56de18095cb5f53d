package dev.luccaokta.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What searches worked out from a whole snapshot (a sort order, the attributes a filter reads), kept for the next
 * search of the same snapshot, the most recently used few only. A snapshot made from another (a refresh, an event
 * applied, a write) starts with what the other kept {@link #rememberedAcross across} snapshots: a start from which
 * the new value is worked out for the people who changed only.
 */
final class SnapshotMemo {

    /** Each entry costs at most a few dozen bytes per person; a handful covers what one tenant's admins filter on. */
    private static final int ENTRIES = 6;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ENTRIES;
        }
    };
    /** What the snapshot this one was made from kept across snapshots, by key; read once, by the first search. */
    private final Map<String, Object> earlier;

    private record Entry(Object value, boolean carried) {
    }

    SnapshotMemo() {
        this(Map.of());
    }

    private SnapshotMemo(Map<String, Object> earlier) {
        this.earlier = new LinkedHashMap<>(earlier);
    }

    /** The value kept under {@code key}, or {@code compute}'s, kept; computed outside the lock, so at worst twice. */
    <T> T remembered(String key, Supplier<T> compute) {
        return remember(key, false, earlierValue -> compute.get());
    }

    /**
     * The same, for a value the next snapshots start from: {@code compute} is given what the snapshot this one was
     * made from kept under {@code key}, if anything.
     */
    <T> T rememberedAcross(String key, Function<Optional<T>, T> compute) {
        return remember(key, true, compute);
    }

    /** A memo for a snapshot made from this one's: what this one keeps across snapshots, the latest first. */
    SnapshotMemo carried() {
        Map<String, Object> carried = new LinkedHashMap<>();
        synchronized (entries) {
            carried.putAll(earlier);
            entries.forEach((key, entry) -> {
                if (entry.carried()) {
                    carried.remove(key);
                    carried.put(key, entry.value());
                }
            });
        }
        // The most recently used last, as in the entries: the eldest go first when there are too many.
        while (carried.size() > ENTRIES) {
            carried.remove(carried.keySet().iterator().next());
        }
        return new SnapshotMemo(carried);
    }

    @SuppressWarnings("unchecked")
    private <T> T remember(String key, boolean carried, Function<Optional<T>, T> compute) {
        Optional<T> start;
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null) {
                return (T) kept.value();
            }
            start = Optional.ofNullable((T) earlier.get(key));
        }
        T computed = compute.apply(start);
        synchronized (entries) {
            entries.put(key, new Entry(computed, carried));
            earlier.remove(key);
        }
        return computed;
    }
}
