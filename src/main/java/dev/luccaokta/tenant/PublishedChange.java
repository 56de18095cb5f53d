package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One person or group a {@link SnapshotPublication} changed: the kind of change, the resource's SCIM id and name, the
 * attributes that changed, and for a group the members added and removed (counted, the first
 * {@value #MEMBER_IDS_LISTED} ids of each listed). Texts are cut to their columns; the name comes from Lucca as it is.
 */
@Entity
@Table(name = "snapshot_change",
        indexes = @Index(name = "snapshot_change_publication", columnList = "publication_id, line_no"))
public class PublishedChange {

    /** Member ids listed per group and direction; the counts say how many in all. */
    public static final int MEMBER_IDS_LISTED = 50;
    private static final int MAX_NAME = 300;
    private static final int MAX_ATTRIBUTES = 2000;
    private static final int MAX_IDS = 1000;
    private static final String ATTRIBUTE_SEPARATOR = ", ";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "publication_id", nullable = false, length = 36)
    private String publicationId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(name = "resource_type", nullable = false, length = 10)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    private String resourceId;

    @Column(name = "display_name", length = MAX_NAME)
    private String displayName;

    @Column(length = MAX_ATTRIBUTES)
    private String attributes;

    @Column(name = "members_added")
    private Integer membersAdded;

    @Column(name = "members_removed")
    private Integer membersRemoved;

    @Column(name = "added_member_ids", length = MAX_IDS)
    private String addedMemberIds;

    @Column(name = "removed_member_ids", length = MAX_IDS)
    private String removedMemberIds;

    protected PublishedChange() {
        // for JPA
    }

    /**
     * @param lineNo         its place in the publication's list
     * @param attributes     the attributes that changed, empty for an addition or a removal
     * @param membersAdded   for a group change, every member added (null otherwise)
     * @param membersRemoved for a group change, every member removed (null otherwise)
     */
    public PublishedChange(SnapshotPublication publication, int lineNo, ChangeKind kind, String resourceType,
                           String resourceId, String displayName, List<String> attributes, List<String> membersAdded,
                           List<String> membersRemoved) {
        this.id = UUID.randomUUID().toString();
        this.publicationId = publication.getId();
        this.tenantId = publication.getTenantId();
        this.publishedAt = publication.getPublishedAt();
        this.lineNo = lineNo;
        this.kind = kind;
        this.resourceType = resourceType;
        this.resourceId = AuditEntry.capped(resourceId, 100);
        this.displayName = AuditEntry.capped(displayName, MAX_NAME);
        this.attributes = attributes.isEmpty() ? null
                : AuditEntry.capped(String.join(ATTRIBUTE_SEPARATOR, attributes), MAX_ATTRIBUTES);
        if (membersAdded != null && membersRemoved != null) {
            this.membersAdded = membersAdded.size();
            this.membersRemoved = membersRemoved.size();
            this.addedMemberIds = listed(membersAdded);
            this.removedMemberIds = listed(membersRemoved);
        }
    }

    private static String listed(List<String> ids) {
        return AuditEntry.capped(String.join(" ", ids.subList(0, Math.min(ids.size(), MEMBER_IDS_LISTED))), MAX_IDS);
    }

    public String getPublicationId() {
        return publicationId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getResourceType() {
        return resourceType;
    }

    public String getResourceId() {
        return resourceId;
    }

    public Optional<String> getDisplayName() {
        return Optional.ofNullable(displayName);
    }

    public List<String> getAttributes() {
        return attributes == null ? List.of() : List.of(attributes.split(ATTRIBUTE_SEPARATOR));
    }

    /** For a group change: how many members were added. */
    public Optional<Integer> getMembersAdded() {
        return Optional.ofNullable(membersAdded);
    }

    public Optional<Integer> getMembersRemoved() {
        return Optional.ofNullable(membersRemoved);
    }

    /** The first {@value #MEMBER_IDS_LISTED} member ids added. */
    public List<String> getAddedMemberIds() {
        return ids(addedMemberIds);
    }

    public List<String> getRemovedMemberIds() {
        return ids(removedMemberIds);
    }

    private static List<String> ids(String listed) {
        return listed == null || listed.isEmpty() ? List.of() : Arrays.asList(listed.split(" "));
    }
}
