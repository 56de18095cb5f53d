package dev.luccaokta.directory;

import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.TenantChanges;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UnreadableSecretException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the tenant a SCIM API token belongs to, by the token's hash: the token itself is neither stored
 * nor kept.
 *
 * <pre>{@code
 * Optional<TenantView> tenant = resolver.byToken(presentedToken);
 * }</pre>
 */
@ApplicationScoped
public class TenantResolver {

    private static final Logger LOG = Logger.getLogger(TenantResolver.class.getName());
    private static final Duration BROKEN_RETRY_AFTER = Duration.ofMinutes(5);
    /** Far more tokens than tenants; past it the cache starts again rather than grow. */
    private static final int MOST_KEPT = 10_000;

    /** A token's tenant as read, with the count of tenant changes before the read and when it stops being trusted. */
    private record Resolved(TenantView view, long changesBefore, long expiresAtNanos) {
    }

    private final Map<String, Resolved> byTokenHash = new ConcurrentHashMap<>();

    private final TenantRepository tenants;
    private final TenantChanges changes;
    private final long cacheSeconds;

    @Inject
    public TenantResolver(TenantRepository tenants, TenantChanges changes,
                          @ConfigProperty(name = "scim.tokenCacheSeconds") long cacheSeconds) {
        this.tenants = tenants;
        this.changes = changes;
        this.cacheSeconds = cacheSeconds;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected TenantResolver() {
        this(null, null, 0);
    }

    /**
     * The enabled tenant the token belongs to; a disabled integration answers as if the token were unknown. A token
     * once found is trusted for {@code scim.tokenCacheSeconds} without reading the database again, unless this
     * instance changed a tenant since: another instance's change (a rotation, a disabled integration) takes effect
     * here within that time, one made here at once. A configuration read again unchanged is answered with the same
     * view as before: every request compares its view with its snapshot's, which is quick between the same values.
     *
     * @throws DirectoryUnavailableException when the tenant's stored Lucca credentials do not open: it is broken
     *                                       until an administrator enters them again, and is never served with a
     *                                       value that was not sealed for it
     */
    public Optional<TenantView> byToken(String token) {
        String hash = ScimTokenHash.of(token);
        long changesBefore = changes.count();
        Resolved kept = byTokenHash.get(hash);
        if (kept != null && kept.changesBefore() == changesBefore && System.nanoTime() - kept.expiresAtNanos() < 0) {
            return Optional.of(kept.view());
        }
        Optional<TenantView> found = read(hash).map(view -> kept != null && kept.view().equals(view) ? kept.view() : view);
        if (found.isPresent()) {
            if (byTokenHash.size() >= MOST_KEPT) {
                byTokenHash.clear();
            }
            byTokenHash.put(hash, new Resolved(found.get(), changesBefore, System.nanoTime() + Duration.ofSeconds(cacheSeconds).toNanos()));
        } else {
            byTokenHash.remove(hash);
        }
        return found;
    }

    private Optional<TenantView> read(String hash) {
        try {
            return tenants.findByTokenHash(hash).filter(tenant -> !tenant.isDisabled()).map(TenantView::of);
        } catch (UnreadableSecretException e) {
            LOG.severe(e.getMessage());
            throw new DirectoryUnavailableException("This tenant's Lucca credentials must be entered again by an "
                    + "administrator", BROKEN_RETRY_AFTER, e);
        }
    }
}
