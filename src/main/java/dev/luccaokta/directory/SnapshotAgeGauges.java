package dev.luccaokta.directory;

import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The age of each tenant's snapshot on {@code /metrics} ({@code directory_snapshot_age}; -1 before the first one),
 * for an alert when a tenant stops being refreshed. {@code /metrics} answers anyone, so a tenant is tagged with
 * {@link #tag(String) a digest of its id}, which its administration status shows, never with the id itself.
 */
@ApplicationScoped
public class SnapshotAgeGauges {

    private static final Metadata AGE = Metadata.builder().withName("directory_snapshot_age")
            .withDescription("Age of the tenant's snapshot of Lucca, -1 before the first one")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    ApplicationMetrics metrics;

    @Inject
    Clock clock;

    /** The tenant's tag on {@code /metrics}: 16 hex digits of the SHA-256 of its id. */
    public static String tag(String tenantId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tenantId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void watch(String tenantId, Supplier<DirectoryStatus> status) {
        metrics.ifAvailable(registry -> registry.gauge(AGE, () -> status.get().builtAt()
                .map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(-1L), new Tag("tenant", tag(tenantId))));
    }

    void forget(String tenantId) {
        metrics.ifAvailable(registry -> registry.remove(new MetricID(AGE.getName(), new Tag("tenant", tag(tenantId)))));
    }
}
