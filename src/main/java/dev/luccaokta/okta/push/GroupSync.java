package dev.luccaokta.okta.push;

import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.okta.BulkChunks;
import dev.luccaokta.okta.IdentitySourceEntities;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaGroup;
import dev.luccaokta.okta.OktaMembership;
import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.PushSessionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the identity source's groups and memberships as the snapshot's groups (the tenant's group types) say, once
 * the outbox holds nobody due: a membership names people Okta has. What Okta was sent is in the ledger, so what is
 * left to do is worked out again at each look, whatever failed before. Few changes go one call each; many (the first
 * load) through an import session of up to 50 bulk uploads, the rest at the next.
 */
@ApplicationScoped
public class GroupSync {

    /** Members per bulk membership entry, and per upload: a few dozen bytes each, well under Okta's 200 KB. */
    static final int MEMBERS_PER_ENTRY = 1_000;
    static final int MEMBERS_PER_UPLOAD = 10_000;
    private static final Duration AFTER_A_FAILED_SESSION = Duration.ofMinutes(1);

    /** What each tenant's Okta was last brought to, so that an unchanged state costs no look at the ledger. */
    private final Map<String, GroupState> synced = new ConcurrentHashMap<>();
    /** Tenants whose groups wait, until when. */
    private final Map<String, Instant> waiting = new ConcurrentHashMap<>();

    private final TenantDirectories directories;
    private final OktaLedger ledger;
    private final IdentitySourceEntities entities;
    private final SessionDelivery sessions;
    private final UserDelivery users;
    private final Clock clock;
    private final int sessionThreshold;

    @Inject
    public GroupSync(TenantDirectories directories, OktaLedger ledger, IdentitySourceEntities entities,
                     SessionDelivery sessions, UserDelivery users, Clock clock,
                     @ConfigProperty(name = "okta.push.sessionThreshold") int sessionThreshold) {
        this.directories = directories;
        this.ledger = ledger;
        this.entities = entities;
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.sessionThreshold = sessionThreshold;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected GroupSync() {
        this(null, null, null, null, null, null, 0);
    }

    /** Compares the groups with the ledger at the next sync. */
    void reconcile(String tenantId) {
        synced.remove(tenantId);
        waiting.put(tenantId, Instant.MIN);
    }

    /** The tenants with groups waiting to be sent, for the sender's sweep. */
    Set<String> waiting() {
        return waiting.keySet();
    }

    /** Brings Okta's groups to the snapshot's; {@code whenDone} runs when a session it opened ended. */
    void sync(PushTenant tenant, Runnable whenDone) {
        String id = tenant.id();
        Instant until = waiting.get(id);
        if (until != null && until.isAfter(clock.instant())) {
            return;
        }
        DirectorySnapshot snapshot = directories.current(tenant.view());
        GroupState wanted = GroupState.of(tenant.view().groupTypes().isEmpty() ? List.of() : snapshot.groups());
        if (wanted.equals(synced.get(id))) {
            waiting.remove(id);
            return;
        }
        GroupChanges changes = GroupChanges.between(wanted, ledger.hashesOf(id, OktaLedger.GROUP),
                ledger.hashesOf(id, OktaLedger.MEMBERSHIP), ledger.hashes(id).keySet());
        if (changes.isEmpty()) {
            synced.put(id, wanted);
            waiting.remove(id);
            return;
        }
        synced.remove(id);
        if (changes.size() < sessionThreshold && users.available(id)) {
            oneByOne(tenant, changes);
        } else {
            sessions.start(tenant, new GroupLoad(id, changes), whenDone);
        }
    }

    private void oneByOne(PushTenant tenant, GroupChanges changes) {
        Map<String, String> sent = new HashMap<>();
        List<String> gone = new ArrayList<>();
        try {
            for (OktaGroup group : changes.upserts()) {
                upsert(tenant, group);
                sent.put(GroupState.groupKey(group.externalId()), GroupState.hash(group));
            }
            changes.added().forEach((group, members) -> members.forEach(member -> {
                entities.addMember(tenant.source(), group, member);
                String key = GroupState.membershipKey(group, member);
                sent.put(key, GroupState.hash(key));
            }));
            changes.removed().forEach((group, members) -> members.forEach(member -> {
                entities.removeMember(tenant.source(), group, member);
                gone.add(GroupState.membershipKey(group, member));
            }));
            for (String group : changes.deletes()) {
                entities.deleteGroup(tenant.source(), group);
            }
            gone.addAll(changes.deletedKeys());
            waiting.remove(tenant.id());
        } catch (OktaFailure failure) {
            if (failure.kind() == OktaFailure.Kind.FEATURE_MISSING) {
                users.withoutPerUserEndpoints(tenant.id());
            }
            waiting.put(tenant.id(), clock.instant().plus(Retries.after(failure, 0)));
        } finally {
            ledger.sent(tenant.id(), sent, gone, now());
        }
    }

    private void upsert(PushTenant tenant, OktaGroup group) {
        try {
            entities.updateGroup(tenant.source(), group);
        } catch (OktaFailure failure) {
            if (failure.kind() != OktaFailure.Kind.NOT_FOUND) {
                throw failure;
            }
            entities.createGroup(tenant.source(), group);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Group changes through one session: as many uploads as it takes (at most 50), the rest at the next sync. */
    private final class GroupLoad implements SessionLoad {

        private final String tenantId;
        private final List<Upload> uploads = new ArrayList<>();
        private final Map<String, String> sent = new HashMap<>();
        private final List<String> gone = new ArrayList<>();
        private int upserted;
        private int deleted;

        GroupLoad(String tenantId, GroupChanges changes) {
            this.tenantId = tenantId;
            for (List<OktaGroup> groups : chunks(changes.upserts(), BulkChunks.MAX_ITEMS)) {
                if (room()) {
                    uploads.add((client, source, session) -> client.upsertGroups(source, session, groups));
                    groups.forEach(group -> sent.put(GroupState.groupKey(group.externalId()), GroupState.hash(group)));
                    upserted += groups.size();
                }
            }
            for (List<OktaMembership> entries : memberships(changes.added())) {
                if (room()) {
                    uploads.add((client, source, session) -> client.upsertMemberships(source, session, entries));
                    entries.forEach(entry -> entry.memberExternalIds().forEach(member -> {
                        String key = GroupState.membershipKey(entry.groupExternalId(), member);
                        sent.put(key, GroupState.hash(key));
                    }));
                }
            }
            for (List<OktaMembership> entries : memberships(changes.removed())) {
                if (room()) {
                    uploads.add((client, source, session) -> client.deleteMemberships(source, session, entries));
                    entries.forEach(entry -> entry.memberExternalIds().forEach(member ->
                            gone.add(GroupState.membershipKey(entry.groupExternalId(), member))));
                }
            }
            for (List<String> groups : chunks(changes.deletes(), BulkChunks.MAX_ITEMS)) {
                if (room()) {
                    uploads.add((client, source, session) -> client.deleteGroups(source, session, groups));
                    groups.forEach(group -> gone.add(GroupState.groupKey(group)));
                    deleted += groups.size();
                }
            }
            if (room()) {
                // Everything fitted: the memberships of deleted groups go from the ledger with them.
                gone.addAll(changes.deletedKeys());
            }
        }

        private boolean room() {
            return uploads.size() < BulkChunks.MAX_REQUESTS_PER_SESSION;
        }

        @Override
        public List<Upload> uploads() {
            return uploads;
        }

        @Override
        public PushSessionRecord.Purpose purpose() {
            return PushSessionRecord.Purpose.GROUPS;
        }

        @Override
        public int upserted() {
            return upserted;
        }

        @Override
        public int deleted() {
            return deleted;
        }

        @Override
        public void completed(Instant at) {
            ledger.sent(tenantId, sent, gone, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            waiting.put(tenantId, Instant.MIN); // what did not fit goes at the next sync
        }

        @Override
        public int attempts() {
            return 0;
        }

        @Override
        public void failed(OktaFailure failure, Duration wait) {
            waiting.put(tenantId, clock.instant().plus(wait));
        }

        @Override
        public void ended(String why) {
            waiting.put(tenantId, clock.instant().plus(AFTER_A_FAILED_SESSION));
        }
    }

    /** Membership entries as uploads of at most 200 entries and {@link #MEMBERS_PER_UPLOAD} members. */
    private static List<List<OktaMembership>> memberships(Map<String, List<String>> members) {
        List<List<OktaMembership>> uploads = new ArrayList<>();
        List<OktaMembership> current = new ArrayList<>();
        int inCurrent = 0;
        for (OktaMembership entry : GroupChanges.entries(members, MEMBERS_PER_ENTRY)) {
            if (current.size() == BulkChunks.MAX_ITEMS || inCurrent + entry.memberExternalIds().size() > MEMBERS_PER_UPLOAD) {
                uploads.add(current);
                current = new ArrayList<>();
                inCurrent = 0;
            }
            current.add(entry);
            inCurrent += entry.memberExternalIds().size();
        }
        if (!current.isEmpty()) {
            uploads.add(current);
        }
        return uploads;
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return chunks;
    }
}
