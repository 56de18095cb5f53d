package dev.luccaokta.admin;

import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each tenant's Lucca key may do, asked of Lucca at most once a minute: the live status page would
 * otherwise spend the tenant's Lucca budget on a question whose answer rarely changes.
 */
@ApplicationScoped
public class ApiKeyPermissions {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private record Known(LuccaApiKey key, Instant until) {
    }

    private final Map<LuccaInstance, Known> known = new ConcurrentHashMap<>();

    @Inject
    LuccaGateway lucca;

    public LuccaApiKey of(LuccaInstance instance) {
        Known cached = known.get(instance);
        if (cached == null || cached.until().isBefore(Instant.now())) {
            cached = new Known(lucca.currentApiKey(instance), Instant.now().plus(REMEMBERED));
            known.put(instance, cached);
        }
        return cached.key();
    }
}
