package dev.luccaokta.sandbox.auth;

import dev.luccaokta.sandbox.data.Permission;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API keys the sandbox accepts. Four fixed keys (ids 1 to 4) always exist so that tests and demos can rely on
 * them; keys created at run time get the next ids and random secrets. Any key's permissions may change, as a Lucca
 * administrator editing it would change them; {@link #reset()} removes the created keys and gives the fixed ones
 * their own permissions back. Safe for concurrent use.
 */
public final class ApiKeyRegistry {
    /** The fixed keys, documented for the users of the sandbox. */
    public static final List<ApiKey> FIXED = List.of(
            new ApiKey("sbx-read-0001", 1, "Okta read-only", Set.of(Permission.USERS_READ)),
            new ApiKey("sbx-future-0002", 2, "Okta read + future employees",
                    Set.of(Permission.USERS_READ, Permission.USERS_READ_FUTURE)),
            new ApiKey("sbx-all-0003", 3, "Okta all permissions", Set.of(Permission.USERS_READ,
                    Permission.USERS_READ_FUTURE, Permission.USERS_EDIT, Permission.DEPARTMENTS_ADMIN,
                    Permission.ORGANIZATION_EDIT)),
            new ApiKey("sbx-none-0004", 4, "No permissions", Set.of()));

    private static final int SECRET_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, ApiKey> created = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger(FIXED.size());
    /** Permissions changed on a fixed key, by key. */
    private final Map<String, Set<Permission>> changedPermissions = new ConcurrentHashMap<>();

    /** The key with the permissions it has now: callers look it up at each request, so a change applies at once. */
    public Optional<ApiKey> find(String key) {
        return fixed(key).map(this::asNow).or(() -> Optional.ofNullable(created.get(key)));
    }

    /** Creates a key with a fresh random secret. */
    public synchronized ApiKey create(String name, Set<Permission> permissions) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        ApiKey key = new ApiKey("sbx-" + HexFormat.of().formatHex(secret), lastId.incrementAndGet(), name, permissions);
        created.put(key.key(), key);
        return key;
    }

    /**
     * Gives a key these permissions in place of its own.
     *
     * @return the key as it now is, or empty when there is no such key
     */
    public Optional<ApiKey> changePermissions(String key, Set<Permission> permissions) {
        if (fixed(key).isPresent()) {
            changedPermissions.put(key, Set.copyOf(permissions));
        } else {
            created.computeIfPresent(key, (secret, current) -> current.withPermissions(permissions));
        }
        return find(key);
    }

    /** Forgets every key created at run time, whose ids start again after the fixed keys, and every change made. */
    public synchronized void reset() {
        created.clear();
        lastId.set(FIXED.size());
        changedPermissions.clear();
    }

    private static Optional<ApiKey> fixed(String key) {
        return FIXED.stream().filter(fixed -> fixed.key().equals(key)).findFirst();
    }

    private ApiKey asNow(ApiKey fixed) {
        Set<Permission> permissions = changedPermissions.get(fixed.key());
        return permissions == null ? fixed : fixed.withPermissions(permissions);
    }
}
