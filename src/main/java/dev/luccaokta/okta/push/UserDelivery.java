package dev.luccaokta.okta.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.okta.IdentitySourceEntities;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaProfile;
import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.OutboxEntry;
import dev.luccaokta.tenant.PushAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends people one at a time through Okta's per-user endpoints (GA since Okta 2026.01): the whole profile by PUT,
 * created by POST when Okta does not know the person yet, and a DELETE (Okta deactivates) for whoever left the
 * snapshot. An org without those endpoints is remembered for an hour, during which its tenant goes through sessions.
 */
@ApplicationScoped
public class UserDelivery {

    private static final Duration ASK_AGAIN = Duration.ofHours(1);

    private final Map<String, Instant> withoutPerUser = new ConcurrentHashMap<>();
    private final IdentitySourceEntities entities;
    private final TenantDirectories directories;
    private final OktaLedger ledger;
    private final PushRecords records;
    private final Clock clock;

    @Inject
    public UserDelivery(IdentitySourceEntities entities, TenantDirectories directories, OktaLedger ledger,
                        PushRecords records, Clock clock) {
        this.entities = entities;
        this.directories = directories;
        this.ledger = ledger;
        this.records = records;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected UserDelivery() {
        this(null, null, null, null, null);
    }

    /** Whether the tenant's Okta is thought to have per-user endpoints. */
    public boolean available(String tenantId) {
        Instant refused = withoutPerUser.get(tenantId);
        return refused == null || refused.plus(ASK_AGAIN).isBefore(clock.instant());
    }

    /** Okta refused a per-user or per-group call as a feature it lacks: sessions only, for a while. */
    void withoutPerUserEndpoints(String tenantId) {
        withoutPerUser.put(tenantId, clock.instant());
    }

    /** Sends the entries in order; true when the round went through, false when Okta asked to wait. */
    boolean deliver(PushTenant tenant, List<OutboxEntry> due) {
        DirectorySnapshot snapshot = directories.current(tenant.view());
        Map<String, String> sent = ledger.hashes(tenant.id(), due.stream().map(OutboxEntry::externalId).toList());
        Accepted accepted = new Accepted();
        List<OutboxEntry> left = new ArrayList<>(due);
        try {
            for (Iterator<OutboxEntry> it = left.iterator(); it.hasNext(); ) {
                OutboxEntry entry = it.next();
                try {
                    send(tenant, snapshot, sent, entry, accepted);
                    it.remove();
                } catch (IllegalArgumentException e) {
                    records.postponed(tenant.id(), List.of(entry), Retries.REFUSED_PROFILE, "PROFILE: " + e.getMessage());
                    it.remove();
                } catch (OktaFailure failure) {
                    if (failure.kind() == OktaFailure.Kind.FEATURE_MISSING) {
                        withoutPerUserEndpoints(tenant.id());
                        return true; // the rest goes through a session, next round
                    }
                    if (Retries.aboutOnePerson(failure)) {
                        records.postponed(tenant.id(), List.of(entry), Retries.after(failure, entry.attempts()),
                                Retries.describe(failure));
                        it.remove();
                        continue;
                    }
                    records.postponed(tenant.id(), left, Retries.after(failure, entry.attempts()), Retries.describe(failure));
                    return false;
                }
            }
            return true;
        } finally {
            records.accepted(tenant.id(), accepted);
        }
    }

    private void send(PushTenant tenant, DirectorySnapshot snapshot, Map<String, String> sent, OutboxEntry entry,
                      Accepted accepted) {
        String id = entry.externalId();
        Optional<ObjectNode> user = entry.action() == PushAction.UPSERT
                ? snapshot.user(id).filter(PushProfiles::active) : Optional.empty();
        if (user.isPresent()) {
            OktaProfile profile = PushProfiles.of(user.get());
            String hash = PushProfiles.hash(profile);
            if (hash.equals(sent.get(id))) {
                accepted.unchanged(entry);
                return;
            }
            try {
                entities.replaceUser(tenant.source(), profile);
            } catch (OktaFailure failure) {
                if (failure.kind() != OktaFailure.Kind.NOT_FOUND) {
                    throw failure;
                }
                entities.createUser(tenant.source(), profile);
            }
            accepted.upserted(entry, hash, clock.instant());
        } else if (sent.containsKey(id)) {
            entities.deleteUser(tenant.source(), id);
            accepted.deleted(entry, clock.instant());
        } else {
            accepted.unchanged(entry); // gone before Okta ever had them
        }
    }
}
