package dev.luccaokta.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The server's application metric registry, if it has one. The WAR carries the MicroProfile Metrics API, so these
 * types resolve on any server; only a server with MicroProfile Metrics provides the registry.
 *
 * <pre>{@code
 * metrics.ifAvailable(registry -> registry.counter(CALLS, new Tag("outcome", "answered")).inc());
 * }</pre>
 */
@ApplicationScoped
public class ApplicationMetrics {

    @Inject
    Instance<MetricRegistry> registries;

    private Optional<MetricRegistry> registry;

    @PostConstruct
    void resolve() {
        registry = registries.isResolvable() ? Optional.of(registries.get()) : Optional.empty();
    }

    /** Updates the registry, or does nothing on a server without MicroProfile Metrics. */
    public void ifAvailable(Consumer<MetricRegistry> update) {
        registry.ifPresent(update);
    }
}
