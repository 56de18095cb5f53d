package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
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
        calls.computeIfAbsent(key(lucca), key -> new LongAdder()).increment();
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

    /** The instance as its budget knows it: scheme, host and port, whatever the path. */
    public static String key(URI lucca) {
        if (lucca.getHost() == null) {
            return lucca.toString();
        }
        return lucca.getScheme() + "://" + lucca.getHost().toLowerCase(Locale.ROOT)
                + (lucca.getPort() == -1 ? "" : ":" + lucca.getPort());
    }

    /** The same for a base URL as stored; one that is not a URL is its own key (it was never called). */
    public static String key(String baseUrl) {
        try {
            return key(URI.create(baseUrl));
        } catch (IllegalArgumentException notUrl) {
            return baseUrl;
        }
    }
}
