package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A tenant's snapshot the safeguard held back: what it would have done to the people Okta last imported (how many
 * of the active ones would become inactive or disappear), a sample with reasons (JSON), the likely cause; and,
 * once an administrator released it, by whom and how many people the release lets the next snapshot deactivate.
 */
@Entity
@Table(name = "snapshot_hold")
public class SnapshotHold {

    public static final int MAX_SAMPLE = 20_000;
    private static final int MAX_CAUSE = 1000;

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "held_at", nullable = false)
    private OffsetDateTime heldAt;

    @Column(name = "checked_at", nullable = false)
    private OffsetDateTime checkedAt;

    @Column(name = "base_active", nullable = false)
    private int baseActive;

    @Column(nullable = false)
    private int affected;

    @Column(nullable = false)
    private int deactivated;

    @Column(nullable = false)
    private int vanished;

    @Column(name = "likely_cause", nullable = false, length = MAX_CAUSE)
    private String likelyCause;

    @Column(nullable = false, length = MAX_SAMPLE)
    private String sample;

    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    @Column(name = "released_by", length = 320)
    private String releasedBy;

    private Integer allowed;

    protected SnapshotHold() {
        // for JPA
    }

    public SnapshotHold(String tenantId) {
        this.tenantId = tenantId;
        this.heldAt = now();
    }

    /**
     * What the snapshot checked now would do. A release given for an earlier one stays until it is used, unless this
     * one deactivates more people than it allows: then it is to be released again.
     */
    public void found(int baseActive, int affected, int deactivated, int vanished, String likelyCause, String sample) {
        if (allowed != null && affected > allowed) {
            this.releasedAt = null;
            this.releasedBy = null;
            this.allowed = null;
        }
        this.checkedAt = now();
        this.baseActive = baseActive;
        this.affected = affected;
        this.deactivated = deactivated;
        this.vanished = vanished;
        this.likelyCause = AuditEntry.capped(likelyCause, MAX_CAUSE);
        this.sample = sample.length() > MAX_SAMPLE ? "[]" : sample;
    }

    /** Lets the next snapshot publish if it deactivates or drops no more people than the one held now. */
    public void release(String by) {
        this.releasedAt = now();
        this.releasedBy = AuditEntry.capped(by, 320);
        this.allowed = affected;
    }

    /** Whether a release allows a snapshot affecting this many people. */
    public boolean allows(int people) {
        return allowed != null && people <= allowed;
    }

    public String getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getHeldAt() {
        return heldAt;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }

    public int getBaseActive() {
        return baseActive;
    }

    public int getAffected() {
        return affected;
    }

    public int getDeactivated() {
        return deactivated;
    }

    public int getVanished() {
        return vanished;
    }

    public String getLikelyCause() {
        return likelyCause;
    }

    public String getSample() {
        return sample;
    }

    public Optional<Integer> getAllowed() {
        return Optional.ofNullable(allowed);
    }

    public Optional<OffsetDateTime> getReleasedAt() {
        return Optional.ofNullable(releasedAt);
    }

    public Optional<String> getReleasedBy() {
        return Optional.ofNullable(releasedBy);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
