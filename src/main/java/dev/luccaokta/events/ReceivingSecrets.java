package dev.luccaokta.events;

import dev.luccaokta.tenant.UnreadableSecretException;
import dev.luccaokta.tenant.WebhookSubscription;
import dev.luccaokta.tenant.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The secret each tenant's deliveries are signed with, opened once and kept in memory so that acknowledging an event
 * costs no decryption; forgotten when the subscription changes here, and read again when a signature does not match
 * (another instance of the cluster made a new endpoint).
 */
@ApplicationScoped
public class ReceivingSecrets {

    private static final Logger LOG = Logger.getLogger(ReceivingSecrets.class.getName());

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Inject
    WebhookSubscriptions subscriptions;

    /** The tenant's secret as last read, or read now. */
    Optional<String> of(String tenantId) {
        String known = secrets.get(tenantId);
        return known != null ? Optional.of(known) : reread(tenantId);
    }

    /** The tenant's secret as the database has it now. */
    Optional<String> reread(String tenantId) {
        Optional<String> secret;
        try {
            secret = subscriptions.find(tenantId).map(WebhookSubscription::getSecret);
        } catch (UnreadableSecretException e) {
            LOG.severe(e.getMessage());
            secret = Optional.empty();
        }
        secret.ifPresentOrElse(value -> secrets.put(tenantId, value), () -> secrets.remove(tenantId));
        return secret;
    }

    void forget(String tenantId) {
        secrets.remove(tenantId);
    }
}
