package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What Okta was last sent for one person of a tenant: the hash of the profile, and when ({@link OktaLedger}). */
@Entity
@Table(name = "okta_ledger")
@IdClass(PersonKey.class)
public class SentProfile extends PersonRow {

    @Column(name = "profile_hash", nullable = false, length = 64)
    private String profileHash;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected SentProfile() {
        // for JPA
    }

    SentProfile(String tenantId, String externalId, String profileHash, OffsetDateTime sentAt) {
        super(tenantId, externalId);
        sent(profileHash, sentAt);
    }

    void sent(String profileHash, OffsetDateTime sentAt) {
        this.profileHash = profileHash;
        this.sentAt = sentAt;
    }

    public String getProfileHash() {
        return profileHash;
    }
}
