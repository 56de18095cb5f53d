package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaInstance;
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
                new LuccaInstance(URI.create(tenant.getLuccaBaseUrl()), tenant.getLuccaApiKey()),
                tenant.getSelectedProperties(),
                tenant.getEnabledGroupTypes(),
                tenant.getLeaversGraceDays(),
                tenant.getUserNameSource(),
                tenant.getSnapshotTtl());
    }
}
