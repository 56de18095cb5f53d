package dev.luccaokta.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The tenants the connector serves.
 *
 * <pre>{@code
 * Optional<Tenant> tenant = tenants.findByTokenHash(ScimTokenHash.of(token));
 * }</pre>
 */
public interface TenantRepository {

    /** The tenant whose current token, or previous token still in its grace period, has this hash. */
    Optional<Tenant> findByTokenHash(String scimTokenHash);

    Optional<Tenant> findById(String id);

    /** Every tenant, by name. */
    List<Tenant> findAll();

    /** Stores a new tenant or the changes to a known one, and returns the managed instance. */
    Tenant save(Tenant tenant);

    /** Removes the tenant and everything stored with it. */
    void delete(String id);

    long count();
}
