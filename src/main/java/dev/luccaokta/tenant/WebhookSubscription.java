package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook endpoint the connector made on a tenant's Lucca: its id there, the address Lucca sends events to, the
 * secret Lucca signs them with (shown by Lucca once, sealed here for this tenant), and what Lucca last said of it.
 *
 * <pre>{@code
 * subscriptions.save(new WebhookSubscription(tenant.getId(), tenant.getLuccaBaseUrl(), "12", url, secret, "active"));
 * }</pre>
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    private static final int MAX_PROBLEM = 500;

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    /** An endpoint id means something on the Lucca it was made on only. */
    @Column(name = "lucca_base_url", nullable = false, length = 500)
    private String luccaBaseUrl;

    @Column(name = "endpoint_id", nullable = false, length = 64)
    private String endpointId;

    @Column(name = "webhook_url", nullable = false, length = 1000)
    private String webhookUrl;

    @Column(name = SecretSlot.WEBHOOK_SECRET, nullable = false, length = 500)
    private String webhookSecret;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "checked_at", nullable = false)
    private OffsetDateTime checkedAt;

    @Column(length = MAX_PROBLEM)
    private String problem;

    protected WebhookSubscription() {
        // for JPA
    }

    public WebhookSubscription(String tenantId, String luccaBaseUrl, String endpointId, String webhookUrl,
                               String secret, String status) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.luccaBaseUrl = Objects.requireNonNull(luccaBaseUrl);
        this.endpointId = Objects.requireNonNull(endpointId);
        this.webhookUrl = Objects.requireNonNull(webhookUrl);
        this.webhookSecret = new SecretSlot(tenantId, SecretSlot.WEBHOOK_SECRET).seal(SecretKeys.box(),
                Objects.requireNonNull(secret));
        this.createdAt = now();
        checked(status, null);
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getLuccaBaseUrl() {
        return luccaBaseUrl;
    }

    public String getEndpointId() {
        return endpointId;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    /** @throws UnreadableSecretException when the stored value was not sealed for this tenant with this key */
    public String getSecret() {
        return new SecretSlot(tenantId, SecretSlot.WEBHOOK_SECRET).open(SecretKeys.box(), webhookSecret);
    }

    /** As Lucca last said: {@code active}, {@code suspended} or {@code inactive}. */
    public String getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }

    /** What went wrong the last time the endpoint was checked or repaired, if anything. */
    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    /** What Lucca said of the endpoint now, and what went wrong if anything. */
    public void checked(String status, String problem) {
        this.status = Objects.requireNonNull(status);
        this.problem = problem == null || problem.length() <= MAX_PROBLEM ? problem : problem.substring(0, MAX_PROBLEM);
        this.checkedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
