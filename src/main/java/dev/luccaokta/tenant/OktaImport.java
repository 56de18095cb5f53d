package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One Okta import of a tenant's collection ({@code Users} or {@code Groups}) with one SCIM token, from its first page
 * to its last: the pages asked for and those that failed, the resources served, and the snapshot the pages were served
 * from. The token is named by its {@code tokenId}, never by the token or its hash. Ended once a page reaches the last
 * resource ({@link Outcome#COMPLETE}), or when a new import of the same collection and token begins
 * ({@link Outcome#ABANDONED}); until then it is running.
 *
 * <pre>{@code
 * OktaImport started = new OktaImport(tenantId, tokenId, "Users", now);
 * started.servedPage(100, 300, snapshotBuiltAt, false, now);
 * }</pre>
 */
@Entity
@Table(name = "okta_import")
public class OktaImport {

    /** How an import ended. */
    public enum Outcome {
        /** A page reached the collection's last resource. */
        COMPLETE,
        /** Okta began the collection again with the same token before reaching its end. */
        ABANDONED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "token_id", nullable = false, length = 16)
    private String tokenId;

    @Column(nullable = false, length = 20)
    private String collection;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "last_page_at", nullable = false)
    private OffsetDateTime lastPageAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(nullable = false)
    private int pages;

    @Column(name = "error_pages", nullable = false)
    private int errorPages;

    @Column(nullable = false)
    private int resources;

    @Column(name = "total_results")
    private Integer totalResults;

    @Column(name = "snapshot_built_at")
    private OffsetDateTime snapshotBuiltAt;

    @Column(name = "snapshot_changed", nullable = false)
    private boolean snapshotChanged;

    protected OktaImport() {
        // for JPA
    }

    /** An import beginning now, before its first page is counted. */
    public OktaImport(String tenantId, String tokenId, String collection, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.tokenId = Objects.requireNonNull(tokenId);
        this.collection = Objects.requireNonNull(collection);
        this.startedAt = stored(at);
        this.lastPageAt = startedAt;
    }

    /**
     * Counts a page served from the snapshot built at {@code snapshotBuiltAt}; the first such snapshot is the one the
     * import saw, another one later is noted.
     *
     * @param last whether the page reached the collection's last resource: the import is complete
     */
    public void servedPage(int served, int total, OffsetDateTime builtAt, boolean last, OffsetDateTime at) {
        countPage(at);
        resources += served;
        totalResults = total;
        OffsetDateTime seen = stored(builtAt);
        if (snapshotBuiltAt == null) {
            snapshotBuiltAt = seen;
        } else if (!snapshotBuiltAt.isEqual(seen)) {
            snapshotChanged = true;
        }
        if (last) {
            endedAt = lastPageAt;
            outcome = Outcome.COMPLETE;
        }
    }

    /** Counts a page answered with an error. */
    public void failedPage(OffsetDateTime at) {
        countPage(at);
        errorPages++;
    }

    private void countPage(OffsetDateTime at) {
        pages++;
        OffsetDateTime stored = stored(at);
        if (stored.isAfter(lastPageAt)) {
            lastPageAt = stored;
        }
    }

    /** What the database keeps of a time on both H2 and PostgreSQL. */
    private static OffsetDateTime stored(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getTokenId() {
        return tokenId;
    }

    public String getCollection() {
        return collection;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getLastPageAt() {
        return lastPageAt;
    }

    public Optional<OffsetDateTime> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Outcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public int getPages() {
        return pages;
    }

    public int getErrorPages() {
        return errorPages;
    }

    public int getResources() {
        return resources;
    }

    public Optional<Integer> getTotalResults() {
        return Optional.ofNullable(totalResults);
    }

    public Optional<OffsetDateTime> getSnapshotBuiltAt() {
        return Optional.ofNullable(snapshotBuiltAt);
    }

    public boolean isSnapshotChanged() {
        return snapshotChanged;
    }
}
