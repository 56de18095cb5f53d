package dev.luccaokta.tenant;

import java.util.Optional;

/**
 * The tenants the connector serves.
 *
 * <pre>{@code
 * Optional<Tenant> tenant = tenants.findByTokenHash(ScimTokenHash.of(token));
 * }</pre>
 */
public interface TenantRepository {

    Optional<Tenant> findByTokenHash(String scimTokenHash);

    Optional<Tenant> findById(String id);

    /** Stores a new tenant or the changes to a known one, and returns the managed instance. */
    Tenant save(Tenant tenant);

    long count();
}
