package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The people Okta last imported for a tenant, as the snapshot safeguard compares new snapshots with them: which
 * snapshot it was, how many people it listed and how many of them were active, and the people themselves (an
 * encoding of the directory package's, opaque here).
 */
@Entity
@Table(name = "import_baseline")
public class ImportBaseline {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "snapshot_built_at", nullable = false)
    private OffsetDateTime snapshotBuiltAt;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false)
    private int people;

    @Column(nullable = false)
    private int active;

    @Column(nullable = false)
    private byte[] content;

    protected ImportBaseline() {
        // for JPA
    }

    public ImportBaseline(String tenantId, OffsetDateTime snapshotBuiltAt, int people, int active, byte[] content) {
        this.tenantId = tenantId;
        this.snapshotBuiltAt = snapshotBuiltAt;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.people = people;
        this.active = active;
        this.content = content.clone();
    }

    public String getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getSnapshotBuiltAt() {
        return snapshotBuiltAt;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public int getPeople() {
        return people;
    }

    public int getActive() {
        return active;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
