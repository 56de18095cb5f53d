package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** How many people of one delivery to Okta had one lag, in milliseconds ({@link PushDeliveries}). */
@Entity
@Table(name = "okta_push_delivery")
public class PushDelivery {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "delivered_at", nullable = false)
    private OffsetDateTime deliveredAt;

    @Column(name = "lag_ms", nullable = false)
    private long lagMillis;

    /** Not {@code count}: that word is JPQL's. */
    @Column(name = "count", nullable = false)
    private int people;

    protected PushDelivery() {
        // for JPA
    }

    PushDelivery(String tenantId, OffsetDateTime deliveredAt, long lagMillis, int people) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.deliveredAt = deliveredAt;
        this.lagMillis = lagMillis;
        this.people = people;
    }
}
