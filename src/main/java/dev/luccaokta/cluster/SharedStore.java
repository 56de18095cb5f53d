package dev.luccaokta.cluster;

/**
 * Entries every instance of the connector sees, with atomic conditional updates: a value is replaced only if it
 * is still the one read, so instances can update a shared entry without locks.
 *
 * <pre>{@code
 * byte[] read = store.get("budget");
 * boolean won = read == null ? store.putIfAbsent("budget", next) : store.replace("budget", read, next);
 * }</pre>
 */
public interface SharedStore {

    /** The value, or null when there is none (or it expired). */
    byte[] get(String key);

    void put(String key, byte[] value);

    /** Stores the value unless the key has one; whether it did. */
    boolean putIfAbsent(String key, byte[] value);

    /** Stores the value if the key still holds exactly {@code expected}; whether it did. */
    boolean replace(String key, byte[] expected, byte[] value);

    /** Removes the entry if it still holds exactly {@code expected}; whether it did. */
    boolean remove(String key, byte[] expected);
}
