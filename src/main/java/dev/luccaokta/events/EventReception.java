package dev.luccaokta.events;

import dev.luccaokta.tenant.InboxEvent;
import dev.luccaokta.tenant.EventInbox;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes one delivery from Lucca: the tenant must exist with events on and a subscription, the signature must hold
 * within the time window, the event must be readable; then it is stored in the inbox (once: Lucca delivers at least
 * once) before Lucca is answered, and the tenant's events are applied in the background.
 *
 * <pre>{@code
 * Reception answer = reception.receive(tenantId, timestamp, signature, body);   // ACCEPTED: answer 202
 * }</pre>
 */
@ApplicationScoped
public class EventReception {

    /** What Lucca is answered. */
    public enum Reception {
        /** Stored (or stored before): 202. */
        ACCEPTED,
        /** Not this connector's tenant, or its events are off: 410, Lucca stops the endpoint. */
        GONE,
        /** The subscription is being made and its secret not stored yet: 503, Lucca retries. */
        NOT_READY,
        /** Signature, timestamp or secret wrong: 401. */
        REFUSED,
        /** Signed but unreadable: 400. */
        MALFORMED
    }

    /** A tenant id is one of ours (a UUID) or nothing worth looking up. */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private static final Logger LOG = Logger.getLogger(EventReception.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    ReceivingSecrets secrets;

    @Inject
    EventInbox inbox;

    @Inject
    EventApplier applier;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "events.timestampToleranceSeconds")
    long toleranceSeconds;

    /** Whether this tenant expects Lucca's challenge: it exists and has events on. */
    public boolean expectsEvents(String tenantId) {
        return tenant(tenantId).isPresent();
    }

    public Reception receive(String tenantId, String timestamp, String signature, byte[] body) {
        if (tenant(tenantId).isEmpty()) {
            return Reception.GONE;
        }
        Optional<String> secret = secrets.of(tenantId);
        if (secret.isEmpty()) {
            return Reception.NOT_READY;
        }
        Duration tolerance = Duration.ofSeconds(toleranceSeconds);
        EventSignature.Verdict verdict = EventSignature.check(secret.get(), timestamp, signature, body, clock.instant(), tolerance);
        if (verdict == EventSignature.Verdict.MISMATCH) {
            // Another instance may have made a new endpoint, with a new secret, since this one read it.
            Optional<String> current = secrets.reread(tenantId);
            if (current.isPresent() && !current.equals(secret)) {
                verdict = EventSignature.check(current.get(), timestamp, signature, body, clock.instant(), tolerance);
            }
        }
        if (verdict != EventSignature.Verdict.VALID) {
            LOG.warning(LogLine.of("event-refused", "tenant", tenantId, "reason", verdict.reason()));
            return Reception.REFUSED;
        }
        DeliveredEvent event;
        try {
            event = DeliveredEvent.parse(body);
        } catch (DeliveredEvent.Malformed e) {
            LOG.warning(LogLine.of("event-malformed", "tenant", tenantId, "reason", e.getMessage()));
            return Reception.MALFORMED;
        }
        store(tenantId, event);
        applier.nudge(tenantId);
        return Reception.ACCEPTED;
    }

    /**
     * Stores the event unless it is stored already; a failing database is the caller's 503, and Lucca retries.
     *
     * @return whether it was stored now
     */
    boolean store(String tenantId, DeliveredEvent event) {
        if (inbox.holds(tenantId, event.id())) {
            return false;
        }
        try {
            inbox.store(new InboxEvent(tenantId, event.id(), event.topic(), event.employeeId().orElse(null), event.occurredAt()));
            return true;
        } catch (RuntimeException e) {
            // The same event delivered twice at once: the second insert breaks the unique key, the first holds it.
            if (!inbox.holds(tenantId, event.id())) {
                throw e;
            }
            return false;
        }
    }

    private Optional<Tenant> tenant(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            return Optional.empty();
        }
        return tenants.findById(tenantId).filter(Tenant::isLuccaEvents);
    }
}
