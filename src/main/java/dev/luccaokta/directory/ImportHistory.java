package dev.luccaokta.directory;

import dev.luccaokta.tenant.OktaImport;
import dev.luccaokta.tenant.OktaImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Okta's imports as they happen, per tenant, SCIM token and collection: each page Okta asks for is counted in its
 * import's row, in the database so that the instances of a cluster count the pages of one import together. An import
 * begins with its first page and continues while pages come within the pin timeout that keeps its snapshot
 * ({@code directory.importPinMinutes}, as {@link TenantDirectories#forImport} does).
 *
 * <pre>{@code
 * history.record(List.of(new ImportHistory.Answered(ImportPage.served(tenantId, tokenId, "Users", 1, served), now)));
 * ImportHistory.Report lastWeek = history.report(tenantId, 7);
 * }</pre>
 */
@ApplicationScoped
public class ImportHistory {

    /** The most imports one report lists: an hourly import of both collections for a week, with room to spare. */
    public static final int MOST_LISTED = 500;

    private static final Logger LOG = Logger.getLogger(ImportHistory.class.getName());

    /** One import and where it stands; {@code endedAt} is its last page's time once it lapsed. */
    public record Entry(OktaImport recorded, ImportStatus status, Optional<OffsetDateTime> endedAt) {
    }

    /**
     * The imports begun on the report's days, newest first ({@code truncated} when there were more than
     * {@link #MOST_LISTED}), and how many began each day, oldest first, days without any included.
     */
    public record Report(List<Entry> imports, boolean truncated, Map<LocalDate, Long> perDay, Duration pin) {
    }

    @Inject
    OktaImports imports;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "directory.importPinMinutes")
    long importPinMinutes;

    /** A page of an import and when it was answered. */
    public record Answered(ImportPage page, Instant at) {
    }

    /**
     * Counts pages in their imports, in the order given, in one transaction with each running import locked: two
     * instances counting pages of one import at once each count theirs once.
     */
    @Transactional
    public void record(List<Answered> pages) {
        Map<List<String>, Optional<OktaImport>> running = new HashMap<>();
        for (Answered answered : pages) {
            ImportPage page = answered.page();
            List<String> key = List.of(page.tenantId(), page.tokenId(), page.collection());
            Optional<OktaImport> current = running.computeIfAbsent(key,
                    k -> imports.running(page.tenantId(), page.tokenId(), page.collection()));
            OffsetDateTime at = answered.at().atOffset(ZoneOffset.UTC);
            PageStep step = PageStep.of(page, current, at, pin());
            if (step == PageStep.NONE) {
                LOG.fine(() -> "A page from " + page.startIndex() + " of " + page.collection() + " continues no running import");
                continue;
            }
            OktaImport counted = step == PageStep.BEGIN ? begin(page, at) : current.orElseThrow();
            page.served().ifPresentOrElse(served -> counted.servedPage(served.resources(), served.totalResults(),
                            served.snapshotBuiltAt().atOffset(ZoneOffset.UTC), page.reachesEnd(), at),
                    () -> counted.failedPage(at));
            running.put(key, Optional.of(counted));
        }
    }

    private OktaImport begin(ImportPage page, OffsetDateTime now) {
        OktaImport begun = new OktaImport(page.tenantId(), page.tokenId(), page.collection(), now);
        imports.begin(begun);
        return begun;
    }

    /** The tenant's imports begun today (UTC) and on the {@code days - 1} days before. */
    public Report report(String tenantId, int days) {
        OffsetDateTime now = now();
        LocalDate firstDay = now.toLocalDate().minusDays(days - 1L);
        List<OktaImport> begun = imports.startedSince(tenantId, firstDay.atStartOfDay().atOffset(ZoneOffset.UTC),
                MOST_LISTED + 1);
        List<Entry> listed = begun.stream().limit(MOST_LISTED).map(recorded -> entry(recorded, now)).toList();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        perDay.putAll(imports.startedPerDay(tenantId, firstDay));
        return new Report(listed, begun.size() > MOST_LISTED, perDay, pin());
    }

    private Entry entry(OktaImport recorded, OffsetDateTime now) {
        ImportStatus status = ImportStatus.of(recorded, now, pin());
        Optional<OffsetDateTime> endedAt = status == ImportStatus.RUNNING ? Optional.empty()
                : Optional.of(recorded.getEndedAt().orElse(recorded.getLastPageAt()));
        return new Entry(recorded, status, endedAt);
    }

    private Duration pin() {
        return Duration.ofMinutes(importPinMinutes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
