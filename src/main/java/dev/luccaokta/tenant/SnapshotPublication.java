package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One replacement of a tenant's served snapshot by one that differs for Okta: when, what made it, the size of the
 * snapshot published, how many people and groups of each kind of change (all of them), and how many changes are
 * listed ({@link PublishedChange}, bounded). A first snapshot, with nothing to compare with, has its size only.
 */
@Entity
@Table(name = "snapshot_publication",
        indexes = @Index(name = "snapshot_publication_tenant_at", columnList = "tenant_id, published_at"))
public class SnapshotPublication {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationSource source;

    @Column(name = "first_snapshot", nullable = false)
    private boolean firstSnapshot;

    @Column(nullable = false)
    private int people;

    @Column(name = "group_count", nullable = false)
    private int groups;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int deactivated;

    @Column(nullable = false)
    private int reactivated;

    @Column(nullable = false)
    private int removed;

    @Column(name = "groups_added", nullable = false)
    private int groupsAdded;

    @Column(name = "groups_removed", nullable = false)
    private int groupsRemoved;

    @Column(name = "groups_changed", nullable = false)
    private int groupsChanged;

    @Column(nullable = false)
    private int listed;

    protected SnapshotPublication() {
        // for JPA
    }

    /**
     * @param counts how many changes of each kind, listed or not; a kind left out counted none
     * @param listed how many of them are stored as {@link PublishedChange}s
     */
    public SnapshotPublication(String tenantId, OffsetDateTime publishedAt, PublicationSource source, boolean firstSnapshot,
                               int people, int groups, Map<ChangeKind, Integer> counts, int listed) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.publishedAt = publishedAt;
        this.source = source;
        this.firstSnapshot = firstSnapshot;
        this.people = people;
        this.groups = groups;
        this.added = counts.getOrDefault(ChangeKind.ADDED, 0);
        this.changed = counts.getOrDefault(ChangeKind.CHANGED, 0);
        this.deactivated = counts.getOrDefault(ChangeKind.DEACTIVATED, 0);
        this.reactivated = counts.getOrDefault(ChangeKind.REACTIVATED, 0);
        this.removed = counts.getOrDefault(ChangeKind.REMOVED, 0);
        this.groupsAdded = counts.getOrDefault(ChangeKind.GROUP_ADDED, 0);
        this.groupsRemoved = counts.getOrDefault(ChangeKind.GROUP_REMOVED, 0);
        this.groupsChanged = counts.getOrDefault(ChangeKind.GROUP_CHANGED, 0);
        this.listed = listed;
    }

    /** How many changes of this kind the publication made, listed or not. */
    public int count(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> added;
            case CHANGED -> changed;
            case DEACTIVATED -> deactivated;
            case REACTIVATED -> reactivated;
            case REMOVED -> removed;
            case GROUP_ADDED -> groupsAdded;
            case GROUP_REMOVED -> groupsRemoved;
            case GROUP_CHANGED -> groupsChanged;
        };
    }

    /** Every change the publication made, listed or not. */
    public int total() {
        return added + changed + deactivated + reactivated + removed + groupsAdded + groupsRemoved + groupsChanged;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public PublicationSource getSource() {
        return source;
    }

    public boolean isFirstSnapshot() {
        return firstSnapshot;
    }

    public int getPeople() {
        return people;
    }

    public int getGroups() {
        return groups;
    }

    public int getListed() {
        return listed;
    }
}
