package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row kept per person of a tenant, keyed by the tenant and the person's external id ({@link PersonKey}). */
@MappedSuperclass
public abstract class PersonRow {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Id
    @Column(name = "external_id", length = 100)
    private String externalId;

    protected PersonRow() {
        // for JPA
    }

    PersonRow(String tenantId, String externalId) {
        this.tenantId = tenantId;
        this.externalId = externalId;
    }

    String getExternalId() {
        return externalId;
    }
}
