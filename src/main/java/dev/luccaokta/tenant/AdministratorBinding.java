package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Which Lucca user vouches for an administration account on one tenant: the user the account's mail found on the
 * tenant's Lucca the first time, kept by id. Lucca ids never move from one person to another, mails can (Okta may
 * write them back), so after this first confirmation the id alone says whose role counts.
 *
 * <pre>{@code
 * bindings.save(new AdministratorBinding(tenant.getId(), "clement@acme.example", tenant.getLuccaBaseUrl(), 416));
 * }</pre>
 */
@Entity
@Table(name = "admin_binding")
@NamedQuery(name = AdministratorBinding.OF_ACCOUNT, query = "select b from AdministratorBinding b"
        + " where b.tenantId = :tenant and b.accountMail = :mail")
public class AdministratorBinding {

    static final String OF_ACCOUNT = "AdministratorBinding.ofAccount";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "account_mail", nullable = false, length = 254)
    private String accountMail;

    /** A binding holds on the Lucca it was made on only: ids mean nothing on another instance. */
    @Column(name = "lucca_base_url", nullable = false, length = 500)
    private String luccaBaseUrl;

    @Column(name = "lucca_user_id", nullable = false)
    private long luccaUserId;

    @Column(name = "bound_at", nullable = false)
    private OffsetDateTime boundAt;

    protected AdministratorBinding() {
        // for JPA
    }

    public AdministratorBinding(String tenantId, String accountMail, String luccaBaseUrl, long luccaUserId) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.accountMail = AdminAccount.normalise(accountMail);
        this.luccaBaseUrl = Objects.requireNonNull(luccaBaseUrl);
        this.luccaUserId = luccaUserId;
        this.boundAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getAccountMail() {
        return accountMail;
    }

    public String getLuccaBaseUrl() {
        return luccaBaseUrl;
    }

    public long getLuccaUserId() {
        return luccaUserId;
    }

    public OffsetDateTime getBoundAt() {
        return boundAt;
    }

    @Override
    public String toString() {
        return "AdministratorBinding[" + tenantId + ", " + accountMail + " → Lucca user " + luccaUserId + "]";
    }
}
