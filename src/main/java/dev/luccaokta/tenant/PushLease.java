package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The instance sending a tenant's outbox to Okta ({@link PushLeases}), and until when. */
@Entity
@Table(name = "okta_push_lease")
public class PushLease {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(nullable = false, length = 36)
    private String owner;

    @Column(name = "leased_until", nullable = false)
    private OffsetDateTime leasedUntil;

    protected PushLease() {
    }

    PushLease(String tenantId, String owner, OffsetDateTime leasedUntil) {
        this.tenantId = tenantId;
        this.owner = owner;
        this.leasedUntil = leasedUntil;
    }

    /** Whether another instance holds it at {@code now}. */
    boolean heldByAnother(String instance, OffsetDateTime now) {
        return !owner.equals(instance) && leasedUntil.isAfter(now);
    }

    void hold(String instance, OffsetDateTime until) {
        owner = instance;
        leasedUntil = until;
    }
}
