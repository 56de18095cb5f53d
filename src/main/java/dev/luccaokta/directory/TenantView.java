package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaOAuthClient;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.UserNameSource;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * What a tenant's directory depends on, taken from its configuration: where its Lucca is, what it selected,
 * and its options. Two views are equal when a snapshot built for one serves the other.
 */
public record TenantView(
        String tenantId,
        LuccaInstance lucca,
        Set<String> selectedProperties,
        Set<GroupType> groupTypes,
        int leaversGraceDays,
        UserNameSource userNameSource,
        Duration ttl) {

    public static TenantView of(Tenant tenant) {
        return new TenantView(
                tenant.getId(),
                new LuccaInstance(URI.create(tenant.getLuccaBaseUrl()), tenant.getLuccaApiKey().orElse(null),
                        oauthClient(tenant)),
                tenant.getSelectedProperties(),
                tenant.getEnabledGroupTypes(),
                tenant.getLeaversGraceDays(),
                tenant.getUserNameSource(),
                tenant.getSnapshotTtl());
    }

    /** The tenant's OAuth client with the scopes its selection needs, or null when it reads with the API key. */
    private static LuccaOAuthClient oauthClient(Tenant tenant) {
        return tenant.getLuccaClientId().map(id -> new LuccaOAuthClient(id, tenant.getLuccaClientSecret().orElseThrow(),
                PropertyCatalogue.scopesNeeded(tenant.getSelectedProperties(), tenant.getEnabledGroupTypes())))
                .orElse(null);
    }
}
