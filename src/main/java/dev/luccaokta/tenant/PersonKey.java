package dev.luccaokta.tenant;

import java.io.Serializable;
import java.util.Objects;

/** The key of the rows kept per person of a tenant ({@link SentProfile}, {@link PendingPush}): tenant and external id. */
public class PersonKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String externalId;

    protected PersonKey() {
        // for JPA
    }

    PersonKey(String tenantId, String externalId) {
        this.tenantId = tenantId;
        this.externalId = externalId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonKey key && tenantId.equals(key.tenantId) && externalId.equals(key.externalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, externalId);
    }
}
