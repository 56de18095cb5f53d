package dev.luccaokta.writeback;

import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each Lucca key may do, asked of Lucca ({@code /api/v3/apikeys/current}) at most once a minute: every
 * write and the live status page would otherwise spend the tenant's Lucca budget on a question whose answer
 * rarely changes. A 403 from Lucca makes the connector ask again at once ({@link #forget}).
 */
@ApplicationScoped
public class LuccaKeyPermissions {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private record Known(LuccaApiKey key, Instant until) {
    }

    private final Map<LuccaInstance, Known> known = new ConcurrentHashMap<>();

    @Inject
    LuccaGateway lucca;

    @Inject
    Clock clock;

    public LuccaApiKey of(LuccaInstance instance) {
        Known cached = known.get(instance);
        if (cached == null || cached.until().isBefore(clock.instant())) {
            cached = new Known(lucca.currentApiKey(instance), clock.instant().plus(REMEMBERED));
            known.put(instance, cached);
        }
        return cached.key();
    }

    /** Lucca refused something the key was thought to allow: its permissions changed. */
    public void forget(LuccaInstance instance) {
        known.remove(instance);
    }
}
