package dev.luccaokta.oktasandbox.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The org's Custom Identity Source apps, by id. */
@ApplicationScoped
public class IdentitySources {
    private final Map<String, IdentitySource> sources = new LinkedHashMap<>();

    public synchronized void put(IdentitySource source) {
        sources.put(source.id(), source);
    }

    public synchronized Optional<IdentitySource> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public synchronized void clear() {
        sources.clear();
    }
}
