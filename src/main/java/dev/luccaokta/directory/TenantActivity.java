package dev.luccaokta.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last request each tenant's Okta made, for the integration's status page. */
@ApplicationScoped
public class TenantActivity {

    /** When, and what kind of request ({@code GET Users}). */
    public record Request(Instant at, String kind) {
    }

    private final Map<String, Request> last = new ConcurrentHashMap<>();

    public void record(String tenantId, String kind) {
        last.put(tenantId, new Request(Instant.now(), kind));
    }

    public Optional<Request> last(String tenantId) {
        return Optional.ofNullable(last.get(tenantId));
    }
}
