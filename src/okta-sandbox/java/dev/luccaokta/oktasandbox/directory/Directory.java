package dev.luccaokta.oktasandbox.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The org's users, groups and memberships, by source and {@code externalId}, and how many times each
 * {@code externalId} was upserted and deactivated (so that tests can check that a client delivered each change once).
 */
public final class Directory {
    /** The base attributes a full replacement sets to {@code null} when the client leaves them out. */
    static final List<String> BASE_ATTRIBUTES = List.of("firstName", "lastName", "mobilePhone", "secondEmail",
            "userName", "email");

    private final Clock clock;
    private final Map<Key, OktaUser> users = new LinkedHashMap<>();
    private final Map<Key, OktaGroup> groups = new LinkedHashMap<>();
    private final Map<Key, Set<String>> members = new HashMap<>();
    private final Map<String, Integer> upserts = new TreeMap<>();
    private final Map<String, Integer> deactivations = new TreeMap<>();

    private record Key(String sourceId, String externalId) {
    }

    public Directory(Clock clock) {
        this.clock = clock;
    }

    /** Creates the user or replaces its whole profile, reactivating it if it had been deactivated. */
    public synchronized OktaUser upsert(String sourceId, String externalId, Map<String, String> profile) {
        Map<String, String> replacement = new LinkedHashMap<>();
        BASE_ATTRIBUTES.forEach(name -> replacement.put(name, null));
        replacement.putAll(profile);
        return store(sourceId, externalId, replacement);
    }

    /** Merges {@code profile} into the user's, reactivating it; empty if the user is unknown. */
    public synchronized Optional<OktaUser> patch(String sourceId, String externalId, Map<String, String> profile) {
        OktaUser user = users.get(new Key(sourceId, externalId));
        if (user == null) {
            return Optional.empty();
        }
        Map<String, String> merged = new LinkedHashMap<>(user.profile());
        merged.putAll(profile);
        return Optional.of(store(sourceId, externalId, merged));
    }

    private OktaUser store(String sourceId, String externalId, Map<String, String> profile) {
        Key key = new Key(sourceId, externalId);
        Instant now = clock.instant();
        OktaUser existing = users.get(key);
        OktaUser user = existing == null
                ? new OktaUser(OktaIds.next("0ua"), OktaIds.next("00u"), sourceId, externalId, UserStatus.ACTIVE, profile, now, now)
                : existing.with(UserStatus.ACTIVE, profile, now);
        users.put(key, user);
        upserts.merge(externalId, 1, Integer::sum);
        return user;
    }

    /** Deactivates the user; false if the source has no such user. */
    public synchronized boolean deactivate(String sourceId, String externalId) {
        Key key = new Key(sourceId, externalId);
        OktaUser user = users.get(key);
        if (user == null) {
            return false;
        }
        users.put(key, user.with(UserStatus.DEPROVISIONED, user.profile(), clock.instant()));
        deactivations.merge(externalId, 1, Integer::sum);
        return true;
    }

    public synchronized Optional<OktaUser> user(String sourceId, String externalId) {
        return Optional.ofNullable(users.get(new Key(sourceId, externalId)));
    }

    /** The user with this {@code externalId} in any source (the first one registered if several have it). */
    public synchronized Optional<OktaUser> user(String externalId) {
        return users.values().stream().filter(user -> user.externalId().equals(externalId)).findFirst();
    }

    public synchronized OktaGroup upsertGroup(String sourceId, String externalId, GroupProfile profile) {
        Key key = new Key(sourceId, externalId);
        Instant now = clock.instant();
        OktaGroup existing = groups.get(key);
        OktaGroup group = existing == null ? new OktaGroup(OktaIds.next("00g"), sourceId, externalId, profile, now, now)
                : new OktaGroup(existing.id(), sourceId, externalId, profile, existing.created(), now);
        groups.put(key, group);
        return group;
    }

    /** The group whose Okta id or {@code externalId} is {@code idOrExternalId}. */
    public synchronized Optional<OktaGroup> group(String sourceId, String idOrExternalId) {
        OktaGroup byExternalId = groups.get(new Key(sourceId, idOrExternalId));
        if (byExternalId != null) {
            return Optional.of(byExternalId);
        }
        return groups.values().stream()
                .filter(group -> group.sourceId().equals(sourceId) && group.id().equals(idOrExternalId)).findFirst();
    }

    /** Removes the group and its memberships; false if unknown. */
    public synchronized boolean deleteGroup(String sourceId, String idOrExternalId) {
        Optional<OktaGroup> group = group(sourceId, idOrExternalId);
        group.ifPresent(found -> {
            groups.remove(new Key(sourceId, found.externalId()));
            members.remove(new Key(sourceId, found.externalId()));
        });
        return group.isPresent();
    }

    /** Adds members to a known group; false if the group is unknown. */
    public synchronized boolean addMembers(String sourceId, String groupIdOrExternalId, List<String> memberExternalIds) {
        Optional<OktaGroup> group = group(sourceId, groupIdOrExternalId);
        group.ifPresent(found -> members.computeIfAbsent(new Key(sourceId, found.externalId()), key -> new TreeSet<>())
                .addAll(memberExternalIds));
        return group.isPresent();
    }

    /** Removes members from a known group; false if the group is unknown. */
    public synchronized boolean removeMembers(String sourceId, String groupIdOrExternalId, List<String> memberExternalIds) {
        Optional<OktaGroup> group = group(sourceId, groupIdOrExternalId);
        group.ifPresent(found -> members.getOrDefault(new Key(sourceId, found.externalId()), new TreeSet<>())
                .removeAll(memberExternalIds));
        return group.isPresent();
    }

    /** The group's member {@code externalId}s in order, or empty if the group is unknown. */
    public synchronized Optional<List<String>> members(String sourceId, String groupIdOrExternalId) {
        return group(sourceId, groupIdOrExternalId).map(found -> List.copyOf(
                members.getOrDefault(new Key(sourceId, found.externalId()), Collections.emptySet())));
    }

    /** How many times each {@code externalId} was upserted, and deactivated, since the last reset. */
    public synchronized Counts counts() {
        return new Counts(new TreeMap<>(upserts), new TreeMap<>(deactivations));
    }

    public record Counts(Map<String, Integer> upserts, Map<String, Integer> deactivations) {
    }

    public synchronized List<OktaUser> users() {
        return new ArrayList<>(users.values());
    }

    public synchronized void clear() {
        users.clear();
        groups.clear();
        members.clear();
        upserts.clear();
        deactivations.clear();
    }
}
