package dev.luccaokta.directory;

/**
 * Whether Lucca's events keep a tenant's snapshot fresh. The events package implements it; the directory asks it
 * and never depends on that package. A live tenant's snapshot is not refreshed by age: each change reaches it
 * through {@link TenantDirectories#applyChanges}, and Lucca is read in full once a day. Without an implementation
 * (or when it fails), no tenant is live.
 *
 * <pre>{@code
 * @ApplicationScoped
 * class SubscribedTenants implements LiveChanges {
 *     public boolean isLive(String tenantId) { return subscriptions.active(tenantId); }
 * }
 * }</pre>
 */
public interface LiveChanges {

    /** Whether Lucca's events keep this tenant's snapshot fresh. */
    boolean isLive(String tenantId);
}
