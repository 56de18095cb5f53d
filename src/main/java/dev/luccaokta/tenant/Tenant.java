package dev.luccaokta.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
@NamedQuery(name = Tenant.BY_TOKEN_HASH, query = "select t from Tenant t where t.scimTokenHash = :hash"
        + " or (t.previousTokenHash = :hash and t.previousTokenValidUntil > :now)")
@NamedQuery(name = Tenant.COUNT, query = "select count(t) from Tenant t")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.name, t.id")
public class Tenant {

    /** Leavers stay listed as inactive this long, so that Okta deactivates rather than deletes them. */
    public static final int DEFAULT_LEAVERS_GRACE_DAYS = 90;
    public static final int DEFAULT_SAFEGUARD_PERCENT = 5;
    public static final int DEFAULT_SAFEGUARD_MINIMUM = 10;
    /** How long Okta is served from one snapshot of Lucca before it is refreshed. */
    public static final Duration DEFAULT_SNAPSHOT_TTL = Duration.ofMinutes(15);
    public static final int MAX_LEAVERS_GRACE_DAYS = 3650;
    /** Under a minute, refreshes would follow each other and spend Lucca's whole request budget. */
    public static final long MIN_SNAPSHOT_TTL_SECONDS = 60;
    public static final long MAX_SNAPSHOT_TTL_SECONDS = 24 * 60 * 60;
    /** How long at most the token a rotation replaces keeps working. */
    public static final long MAX_TOKEN_GRACE_MINUTES = 7 * 24 * 60;
    public static final int MAX_SAFEGUARD_MINIMUM = 1_000_000;

    static final String BY_TOKEN_HASH = "Tenant.byTokenHash";
    private static final String ONE_CREDENTIAL = "A tenant reaches Lucca with an API key, an OAuth client or both: not neither";
    static final String COUNT = "Tenant.count";
    static final String ALL = "Tenant.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "lucca_base_url", nullable = false, length = 500)
    private String luccaBaseUrl;

    /**
     * The legacy API key: write-back and administrators' permissions, and reads when there is no OAuth client.
     * Sealed for this row and column (see {@link SecretSlot}); opened when asked for, so that a value that does not
     * open breaks this tenant only.
     */
    @Column(name = SecretSlot.LUCCA_API_KEY, length = 500)
    private String luccaApiKey;

    /** The client application of Lucca's current API (v5); when set, the directory is read through that API. */
    @Column(name = "lucca_client_id", length = 200)
    private String luccaClientId;

    /** Sealed like the API key. */
    @Column(name = SecretSlot.LUCCA_CLIENT_SECRET, length = 500)
    private String luccaClientSecret;

    @Column(name = "scim_token_hash", nullable = false, unique = true, length = 64)
    private String scimTokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The token replaced by the last rotation, still accepted until {@link #previousTokenValidUntil}. */
    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    @Column(name = "previous_token_valid_until")
    private OffsetDateTime previousTokenValidUntil;

    @Column(nullable = false)
    private boolean disabled;

    /** Whether Okta may write back to Lucca; effective only when the Lucca key also has the permissions. */
    @Column(name = "reverse_sync", nullable = false)
    private boolean reverseSync;

    /**
     * Whether Okta may also change login and professional mail (with {@link #reverseSync}): off unless the tenant
     * opts in, since those two say who a person is to Lucca and to this connector's administrators.
     */
    @Column(name = "login_mail_write_back", nullable = false)
    private boolean loginMailWriteBack;

    /**
     * Whether Lucca's webhook events keep the snapshot fresh (one full read a day) instead of reading Lucca again
     * after each TTL: off unless the tenant switches it on, as it needs an OAuth client allowed to manage webhooks
     * and an address Lucca can reach.
     */
    @Column(name = "lucca_events", nullable = false)
    private boolean luccaEvents;

    /** Who to contact about the integration, as given in the setup's first step. */
    @Column(name = "technical_admin_email", length = 254)
    private String technicalAdminEmail;

    /** Lucca property codes sent to Okta besides the mandatory ones ({@code jobTitle}, {@code e_bloodType}, ...). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_property", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "property_code", length = 100)
    private Set<String> selectedProperties = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_group_type", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "group_type", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<GroupType> enabledGroupTypes = EnumSet.noneOf(GroupType.class);

    @Column(name = "leavers_grace_days", nullable = false)
    private int leaversGraceDays = DEFAULT_LEAVERS_GRACE_DAYS;

    @Column(name = "snapshot_ttl_seconds", nullable = false)
    private long snapshotTtlSeconds = DEFAULT_SNAPSHOT_TTL.toSeconds();

    @Column(name = "user_name_source", nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    private UserNameSource userNameSource = UserNameSource.LOGIN;

    @Column(name = "safeguard_percent", nullable = false)
    private int safeguardPercent = DEFAULT_SAFEGUARD_PERCENT;

    @Column(name = "safeguard_minimum", nullable = false)
    private int safeguardMinimum = DEFAULT_SAFEGUARD_MINIMUM;

    @Column(name = "delivery_mode", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private DeliveryMode deliveryMode = DeliveryMode.SCIM_PULL;

    /** The Okta org pushed to, as {@code OktaUrlPolicy} keeps it (its origin). */
    @Column(name = "okta_org_url", length = 500)
    private String oktaOrgUrl;

    /** The Custom Identity Source's id (its app instance id, {@code 0oa...}). */
    @Column(name = "okta_source_id", length = 64)
    private String oktaSourceId;

    /** The service app's client id, with {@link #oktaPrivateKey}; null with an API token. */
    @Column(name = "okta_client_id", length = 100)
    private String oktaClientId;

    /** The service app's private key as a JWK, sealed like the Lucca secrets. */
    @Column(name = SecretSlot.OKTA_PRIVATE_KEY, length = 12000)
    private String oktaPrivateKey;

    /** An Okta API token, sealed like the Lucca secrets; null with a service app. */
    @Column(name = SecretSlot.OKTA_API_TOKEN, length = 500)
    private String oktaApiToken;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    private Tenant(String name, String luccaBaseUrl, String luccaApiKey, String scimTokenHash) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now();
        this.scimTokenHash = Objects.requireNonNull(scimTokenHash);
        connectTo(name, luccaBaseUrl, luccaApiKey);
    }

    public static Tenant create(String name, String luccaBaseUrl, String luccaApiKey, String scimTokenHash) {
        return new Tenant(name, luccaBaseUrl, luccaApiKey, scimTokenHash);
    }

    /** Points the tenant at a (possibly different) Lucca instance and key (null: none, with an OAuth client). */
    public final void connectTo(String name, String luccaBaseUrl, String luccaApiKey) {
        this.name = Objects.requireNonNull(name);
        this.luccaBaseUrl = Objects.requireNonNull(luccaBaseUrl);
        this.luccaApiKey = slot(SecretSlot.LUCCA_API_KEY).seal(SecretKeys.box(), luccaApiKey);
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

    /** Whether an API key is stored, without opening it: a tenant whose key no longer opens is still described. */
    public boolean hasLuccaApiKey() {
        return luccaApiKey != null;
    }

    /** @throws UnreadableSecretException when the stored key does not open for this tenant */
    public Optional<String> getLuccaApiKey() {
        return Optional.ofNullable(slot(SecretSlot.LUCCA_API_KEY).open(SecretKeys.box(), luccaApiKey));
    }

    /** Replaces the API key; null removes it, which only a tenant with an OAuth client may do. */
    public void useLuccaApiKey(String apiKey) {
        if (apiKey == null && luccaClientId == null) {
            throw new IllegalArgumentException(ONE_CREDENTIAL);
        }
        this.luccaApiKey = slot(SecretSlot.LUCCA_API_KEY).seal(SecretKeys.box(), apiKey);
    }

    public Optional<String> getLuccaClientId() {
        return Optional.ofNullable(luccaClientId);
    }

    /** @throws UnreadableSecretException when the stored secret does not open for this tenant */
    public Optional<String> getLuccaClientSecret() {
        return Optional.ofNullable(slot(SecretSlot.LUCCA_CLIENT_SECRET).open(SecretKeys.box(), luccaClientSecret));
    }

    /** Reads go through Lucca's current API with this client from now on; null for both goes back to the API key. */
    public void useLuccaClient(String clientId, String clientSecret) {
        if ((clientId == null) != (clientSecret == null)) {
            throw new IllegalArgumentException("An OAuth client is an id and a secret, both or neither");
        }
        if (clientId == null && luccaApiKey == null) {
            throw new IllegalArgumentException(ONE_CREDENTIAL);
        }
        this.luccaClientId = clientId;
        this.luccaClientSecret = slot(SecretSlot.LUCCA_CLIENT_SECRET).seal(SecretKeys.box(), clientSecret);
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public Optional<String> getOktaOrgUrl() {
        return Optional.ofNullable(oktaOrgUrl);
    }

    public Optional<String> getOktaSourceId() {
        return Optional.ofNullable(oktaSourceId);
    }

    public Optional<String> getOktaClientId() {
        return Optional.ofNullable(oktaClientId);
    }

    /** Whether a service app's key is stored, without opening it. */
    public boolean hasOktaPrivateKey() {
        return oktaPrivateKey != null;
    }

    /** The service app's private key as a JWK (JSON). @throws UnreadableSecretException when it does not open */
    public Optional<String> getOktaPrivateKey() {
        return Optional.ofNullable(slot(SecretSlot.OKTA_PRIVATE_KEY).open(SecretKeys.box(), oktaPrivateKey));
    }

    /** Whether an API token is stored, without opening it. */
    public boolean hasOktaApiToken() {
        return oktaApiToken != null;
    }

    /** @throws UnreadableSecretException when the stored token does not open for this tenant */
    public Optional<String> getOktaApiToken() {
        return Optional.ofNullable(slot(SecretSlot.OKTA_API_TOKEN).open(SecretKeys.box(), oktaApiToken));
    }

    /**
     * From now on, the connector pushes this tenant's people to a Custom Identity Source of this Okta org, with
     * exactly one kind of credentials: an API token, or a service app's client id and private key (a JWK). The
     * values are taken as given: the org URL and the key are checked by the caller, which knows Okta's rules.
     */
    public void pushToOkta(String orgUrl, String sourceId, String clientId, String privateKeyJwk, String apiToken) {
        if (isBlank(orgUrl) || isBlank(sourceId)) {
            throw new IllegalArgumentException("Pushing to Okta needs the org's URL and the identity source's id");
        }
        boolean token = !isBlank(apiToken);
        boolean serviceApp = !isBlank(clientId) || !isBlank(privateKeyJwk);
        if (token == serviceApp) {
            throw new IllegalArgumentException("Okta is reached with an API token or with a service app (client id and"
                    + " private key): exactly one of them");
        }
        if (serviceApp && (isBlank(clientId) || isBlank(privateKeyJwk))) {
            throw new IllegalArgumentException("A service app is a client id and a private key, both");
        }
        this.oktaOrgUrl = orgUrl;
        this.oktaSourceId = sourceId;
        this.oktaClientId = serviceApp ? clientId : null;
        this.oktaPrivateKey = slot(SecretSlot.OKTA_PRIVATE_KEY).seal(SecretKeys.box(), serviceApp ? privateKeyJwk : null);
        this.oktaApiToken = slot(SecretSlot.OKTA_API_TOKEN).seal(SecretKeys.box(), token ? apiToken : null);
        this.deliveryMode = DeliveryMode.OKTA_PUSH;
    }

    /** Okta pulls this tenant's people over SCIM again; the Okta settings are kept for a later switch back. */
    public void pullOverScim() {
        this.deliveryMode = DeliveryMode.SCIM_PULL;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private SecretSlot slot(String column) {
        return new SecretSlot(id, column);
    }

    public String getScimTokenHash() {
        return scimTokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /**
     * Replaces the SCIM token; the old one keeps working for {@code grace} so that Okta can be updated without
     * a failed import in between.
     */
    public void rotateToken(String newTokenHash, Duration grace) {
        if (grace.isNegative() || grace.compareTo(Duration.ofMinutes(MAX_TOKEN_GRACE_MINUTES)) > 0) {
            throw new IllegalArgumentException("The old token's grace period is between 0 and 7 days, not " + grace);
        }
        previousTokenHash = scimTokenHash;
        previousTokenValidUntil = now().plus(grace);
        scimTokenHash = Objects.requireNonNull(newTokenHash);
    }

    public OffsetDateTime getPreviousTokenValidUntil() {
        return previousTokenValidUntil;
    }

    /** The hash of the token replaced by the last rotation, while that token is still accepted. */
    public Optional<String> getPreviousTokenHash() {
        return previousTokenValidUntil != null && previousTokenValidUntil.isAfter(now())
                ? Optional.ofNullable(previousTokenHash) : Optional.empty();
    }

    public boolean isReverseSync() {
        return reverseSync;
    }

    public void setReverseSync(boolean reverseSync) {
        this.reverseSync = reverseSync;
    }

    public boolean isLuccaEvents() {
        return luccaEvents;
    }

    public void setLuccaEvents(boolean luccaEvents) {
        this.luccaEvents = luccaEvents;
    }

    public boolean isLoginMailWriteBack() {
        return loginMailWriteBack;
    }

    public void setLoginMailWriteBack(boolean loginMailWriteBack) {
        this.loginMailWriteBack = loginMailWriteBack;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** Whether the connector pushes this tenant's people to Okta: in push mode, and not disabled. */
    public boolean pushesToOkta() {
        return deliveryMode == DeliveryMode.OKTA_PUSH && !disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public String getTechnicalAdminEmail() {
        return technicalAdminEmail;
    }

    public void setTechnicalAdminEmail(String technicalAdminEmail) {
        this.technicalAdminEmail = technicalAdminEmail;
    }

    public Set<String> getSelectedProperties() {
        return Set.copyOf(selectedProperties);
    }

    /** Replaces the selection of optional properties (the mandatory ones are always sent). */
    public void selectProperties(Collection<String> codes) {
        selectedProperties.clear();
        selectedProperties.addAll(codes);
    }

    public Set<GroupType> getEnabledGroupTypes() {
        return enabledGroupTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledGroupTypes));
    }

    public void enableGroupTypes(Collection<GroupType> types) {
        enabledGroupTypes.clear();
        enabledGroupTypes.addAll(types);
    }

    public int getLeaversGraceDays() {
        return leaversGraceDays;
    }

    public Duration getSnapshotTtl() {
        return Duration.ofSeconds(snapshotTtlSeconds);
    }

    public UserNameSource getUserNameSource() {
        return userNameSource;
    }

    public int getSafeguardPercent() {
        return safeguardPercent;
    }

    public int getSafeguardMinimum() {
        return safeguardMinimum;
    }

    /**
     * Sets when a new snapshot is held: more than {@code percent} % of the people Okta last imported as active, and
     * at least {@code minimum} people, would become inactive or disappear. 100 % never holds.
     */
    public void guardImports(int percent, int minimum) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("The safeguard's share must be between 0 and 100 %, not " + percent);
        }
        if (minimum < 1 || minimum > MAX_SAFEGUARD_MINIMUM) {
            throw new IllegalArgumentException("The safeguard's minimum must be between 1 and 1,000,000 people, not " + minimum);
        }
        this.safeguardPercent = percent;
        this.safeguardMinimum = minimum;
    }

    /** Sets the options Okta's view depends on; values out of range are refused. */
    public void configure(int leaversGraceDays, Duration snapshotTtl, UserNameSource userNameSource) {
        if (leaversGraceDays < 0 || leaversGraceDays > MAX_LEAVERS_GRACE_DAYS) {
            throw new IllegalArgumentException("Leavers grace days must be between 0 and 3650, not " + leaversGraceDays);
        }
        if (snapshotTtl.toSeconds() < MIN_SNAPSHOT_TTL_SECONDS
                || snapshotTtl.compareTo(Duration.ofSeconds(MAX_SNAPSHOT_TTL_SECONDS)) > 0) {
            throw new IllegalArgumentException("Snapshot TTL must be between 1 minute and 1 day, not " + snapshotTtl);
        }
        this.leaversGraceDays = leaversGraceDays;
        this.snapshotTtlSeconds = snapshotTtl.toSeconds();
        this.userNameSource = Objects.requireNonNull(userNameSource);
    }

    @Override
    public String toString() {
        // Never the key or the token hash: entities end up in log lines.
        return "Tenant[" + id + ", " + name + ", " + luccaBaseUrl + "]";
    }

    /** Now to the microsecond, the precision databases keep: what is shown before and after a restart is the same. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
