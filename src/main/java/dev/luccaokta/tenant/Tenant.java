package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer company connected to Okta: where its Lucca lives, the key the connector uses there, and the
 * hash of the SCIM token Okta presents. The token itself is never stored.
 *
 * <pre>{@code
 * Tenant acme = Tenant.create("Acme", "https://acme.ilucca.net", apiKey, ScimTokenHash.of(token));
 * }</pre>
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_TOKEN_HASH, query = "select t from Tenant t where t.scimTokenHash = :hash")
@NamedQuery(name = Tenant.COUNT, query = "select count(t) from Tenant t")
public class Tenant {

    static final String BY_TOKEN_HASH = "Tenant.byTokenHash";
    static final String COUNT = "Tenant.count";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "lucca_base_url", nullable = false, length = 500)
    private String luccaBaseUrl;

    @Column(name = "lucca_api_key", nullable = false, length = 500)
    private String luccaApiKey;

    @Column(name = "scim_token_hash", nullable = false, unique = true, length = 64)
    private String scimTokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    private Tenant(String name, String luccaBaseUrl, String luccaApiKey, String scimTokenHash) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = OffsetDateTime.now();
        this.scimTokenHash = Objects.requireNonNull(scimTokenHash);
        connectTo(name, luccaBaseUrl, luccaApiKey);
    }

    public static Tenant create(String name, String luccaBaseUrl, String luccaApiKey, String scimTokenHash) {
        return new Tenant(name, luccaBaseUrl, luccaApiKey, scimTokenHash);
    }

    /** Points the tenant at a (possibly different) Lucca instance and key. */
    public final void connectTo(String name, String luccaBaseUrl, String luccaApiKey) {
        this.name = Objects.requireNonNull(name);
        this.luccaBaseUrl = Objects.requireNonNull(luccaBaseUrl);
        this.luccaApiKey = Objects.requireNonNull(luccaApiKey);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLuccaBaseUrl() {
        return luccaBaseUrl;
    }

    public String getLuccaApiKey() {
        return luccaApiKey;
    }

    public String getScimTokenHash() {
        return scimTokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        // Never the key or the token hash: entities end up in log lines.
        return "Tenant[" + id + ", " + name + ", " + luccaBaseUrl + "]";
    }
}
