package dev.luccaokta.directory;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long {@link TenantDirectories} waits, pins, backs off and peeks, as configured under {@code directory.*}. */
@Dependent
public record DirectoryTimings(long firstBuildWaitMillis, long firstBuildRetryAfterSeconds, long importPinMinutes,
                               long failedRefreshBackoffSeconds, long liveFullReadHours, long livePeekMillis) {

    @Inject
    public DirectoryTimings(
            @ConfigProperty(name = "directory.firstBuildWaitMillis") long firstBuildWaitMillis,
            @ConfigProperty(name = "directory.firstBuildRetryAfterSeconds") long firstBuildRetryAfterSeconds,
            @ConfigProperty(name = "directory.importPinMinutes") long importPinMinutes,
            @ConfigProperty(name = "directory.failedRefreshBackoffSeconds") long failedRefreshBackoffSeconds,
            @ConfigProperty(name = "directory.liveFullReadHours") long liveFullReadHours,
            @ConfigProperty(name = "directory.livePeekMillis") long livePeekMillis) {
        this.firstBuildWaitMillis = firstBuildWaitMillis;
        this.firstBuildRetryAfterSeconds = firstBuildRetryAfterSeconds;
        this.importPinMinutes = importPinMinutes;
        this.failedRefreshBackoffSeconds = failedRefreshBackoffSeconds;
        this.liveFullReadHours = liveFullReadHours;
        this.livePeekMillis = livePeekMillis;
    }
}
