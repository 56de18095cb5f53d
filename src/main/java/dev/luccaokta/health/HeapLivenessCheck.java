package dev.luccaokta.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap stays nearly full even after garbage collection, the state in which a JVM thrashes
 * instead of serving and only a restart helps. Usage measured right after the last collection is used, not
 * the current usage, which is high between collections in any healthy JVM.
 */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "health.liveness.maxHeapAfterGcRatio", defaultValue = "0.95")
    double maxRatio;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
                used += afterGc.getUsed();
                max += afterGc.getMax();
            }
        }
        double ratio = max == 0 ? 0 : (double) used / max;
        return HealthCheckResponse.named("heap")
                .status(ratio < maxRatio)
                .withData("usedAfterGcBytes", used)
                .withData("maxBytes", max)
                .build();
    }
}
