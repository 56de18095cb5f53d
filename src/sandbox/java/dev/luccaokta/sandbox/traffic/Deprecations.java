package dev.luccaokta.sandbox.traffic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routes whose end the sandbox announces, switched on through {@code /sandbox/deprecations}. Every answer to a
 * request for one of them carries its headers whatever its status, as Lucca's gateway adds them; a reset announces
 * nothing again.
 */
public final class Deprecations {
    private final Map<String, Deprecation> byRoute = new ConcurrentHashMap<>();

    /** Announces the end of a route, replacing what was announced for it before. */
    public void announce(Deprecation deprecation) {
        byRoute.put(deprecation.route(), deprecation);
    }

    /** Everything announced, by route. */
    public List<Deprecation> all() {
        return byRoute.values().stream().sorted(Comparator.comparing(Deprecation::route)).toList();
    }

    /** @param endpoint a request's endpoint as {@link EndpointKey} names it */
    Optional<Deprecation> of(String endpoint) {
        return Optional.ofNullable(byRoute.get(endpoint));
    }

    public void clear() {
        byRoute.clear();
    }
}
