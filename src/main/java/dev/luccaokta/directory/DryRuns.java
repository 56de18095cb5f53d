package dev.luccaokta.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * "What would Okta see if it imported now": Lucca read in full now, the snapshot built and compared with the people
 * Okta last imported, and nothing published. A read that outlasts the caller's wait goes on in the background and
 * whoever asks again here joins it; a finished one is answered again for a little while rather than read anew.
 */
@ApplicationScoped
public class DryRuns {

    /** A dry run's answer: when Lucca was read, how many people Okta would get, and what that would do to them. */
    public record Outcome(Instant startedAt, int people, Optional<ImportDiff> diff) {
    }

    private record Run(TenantView view, Instant startedAt, CompletableFuture<Outcome> result) {
    }

    /** How long a finished dry run is answered again without reading Lucca. */
    private static final Duration KEPT = Duration.ofMinutes(2);

    @Inject
    SnapshotBuilder builder;

    @Inject
    SnapshotSafeguard safeguard;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /**
     * The tenant's dry run, started unless one is running or just finished; empty when it is still reading Lucca
     * after {@code wait}.
     */
    public Optional<Outcome> run(TenantView view, Duration wait) {
        // Finished runs past their time are forgotten: a large tenant's comparison is megabytes.
        runs.values().removeIf(known -> known.result().isDone() && !known.startedAt().plus(KEPT).isAfter(clock.instant()));
        Run run = runs.compute(view.tenantId(), (id, known) -> known != null && reusable(known, view) ? known : start(view));
        try {
            return Optional.of(run.result().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            runs.remove(view.tenantId(), run);
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The dry run failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("Interrupted while reading Lucca", Duration.ofSeconds(5), e);
        }
    }

    private boolean reusable(Run run, TenantView view) {
        return run.view().equals(view) && (!run.result().isDone()
                || !run.result().isCompletedExceptionally() && run.startedAt().plus(KEPT).isAfter(clock.instant()));
    }

    private Run start(TenantView view) {
        Instant startedAt = clock.instant();
        CompletableFuture<Outcome> result = CompletableFuture.supplyAsync(() -> {
            DirectorySnapshot next = builder.build(view);
            return new Outcome(startedAt, next.users().size(), safeguard.diffWithLastImport(next));
        }, executor);
        return new Run(view, startedAt, result);
    }
}
