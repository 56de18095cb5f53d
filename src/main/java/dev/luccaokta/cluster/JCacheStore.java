package dev.luccaokta.cluster;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * A {@link SharedStore} on one cache of the server's JCache (on Payara, its Hazelcast data grid). Loaded only when
 * {@code connector.cluster=jcache}, so that servers without JCache never see this class.
 */
final class JCacheStore implements SharedStore {

    private final Cache<String, byte[]> cache;

    private JCacheStore(Cache<String, byte[]> cache) {
        this.cache = cache;
    }

    /** The named cache, created on first use with entries living {@code lifetime} after their last write. */
    static JCacheStore open(String name, Duration lifetime) {
        CacheManager manager = manager();
        Cache<String, byte[]> cache = manager.getCache(name, String.class, byte[].class);
        if (cache == null) {
            MutableConfiguration<String, byte[]> configuration = new MutableConfiguration<String, byte[]>()
                    .setTypes(String.class, byte[].class)
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new javax.cache.expiry.Duration(TimeUnit.SECONDS, Math.max(1, lifetime.toSeconds()))));
            try {
                cache = manager.createCache(name, configuration);
            } catch (CacheException e) {
                // Another instance created it first.
                cache = manager.getCache(name, String.class, byte[].class);
                if (cache == null) {
                    throw e;
                }
            }
        }
        return new JCacheStore(cache);
    }

    /** The server's own cache manager (Payara produces it for CDI), not one the application would start itself. */
    static CacheManager manager() {
        CacheManager manager = CDI.current().select(CacheManager.class).get();
        if (manager == null) {
            throw new IllegalStateException("The server produced no JCache cache manager");
        }
        return manager;
    }

    @Override
    public byte[] get(String key) {
        return cache.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        cache.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, byte[] value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, byte[] expected, byte[] value) {
        return cache.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, byte[] expected) {
        return cache.remove(key, expected);
    }
}
