package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The calls that spent each Lucca instance's request budget on this instance of the connector, since they were last
 * taken: counted on the way to Lucca, taken now and then to be recorded per day.
 */
@ApplicationScoped
public class LuccaUsage {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    void spent(URI lucca) {
        calls.computeIfAbsent(LuccaRateLimiter.origin(lucca), origin -> new LongAdder()).increment();
    }

    /** The calls per Lucca instance since the last time, forgotten here. */
    public Map<String, Long> take() {
        Map<String, Long> taken = new HashMap<>();
        calls.forEach((lucca, count) -> {
            long spent = count.sumThenReset();
            if (spent > 0) {
                taken.put(lucca, spent);
            }
        });
        return taken;
    }

    /** The instance as its budget knows it ({@link LuccaRateLimiter}); a stored URL that is not one is its own key. */
    public static String key(String baseUrl) {
        try {
            return LuccaRateLimiter.origin(URI.create(baseUrl));
        } catch (IllegalArgumentException notUrl) {
            return baseUrl;
        }
    }
}
