package dev.luccaokta.oktasandbox.sessions;

import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.GroupProfile;
import java.util.List;
import java.util.Map;

/** What one bulk request loaded into a session, applied to the directory when the session is processed. */
public sealed interface StagedChange {

    /** How many entities the request carries, against the 200 a request may. */
    int size();

    void applyTo(Directory directory, String sourceId);

    /** One user of a bulk upsert. */
    record UserProfile(String externalId, Map<String, String> profile) {
    }

    /** One group's members in a bulk membership request. */
    record Membership(String groupExternalId, List<String> memberExternalIds) {
    }

    record UpsertUsers(List<UserProfile> users) implements StagedChange {
        public int size() {
            return users.size();
        }

        public void applyTo(Directory directory, String sourceId) {
            users.forEach(user -> directory.upsert(sourceId, user.externalId(), user.profile()));
        }
    }

    record DeleteUsers(List<String> externalIds) implements StagedChange {
        public int size() {
            return externalIds.size();
        }

        public void applyTo(Directory directory, String sourceId) {
            externalIds.forEach(externalId -> directory.deactivate(sourceId, externalId));
        }
    }

    record UpsertGroups(Map<String, GroupProfile> groups) implements StagedChange {
        public int size() {
            return groups.size();
        }

        public void applyTo(Directory directory, String sourceId) {
            groups.forEach((externalId, profile) -> directory.upsertGroup(sourceId, externalId, profile));
        }
    }

    record DeleteGroups(List<String> externalIds) implements StagedChange {
        public int size() {
            return externalIds.size();
        }

        public void applyTo(Directory directory, String sourceId) {
            externalIds.forEach(externalId -> directory.deleteGroup(sourceId, externalId));
        }
    }

    /** Memberships added ({@code add}) or removed. */
    record Memberships(List<Membership> memberships, boolean add) implements StagedChange {
        public int size() {
            return memberships.size();
        }

        public void applyTo(Directory directory, String sourceId) {
            for (Membership membership : memberships) {
                if (add) {
                    directory.addMembers(sourceId, membership.groupExternalId(), membership.memberExternalIds());
                } else {
                    directory.removeMembers(sourceId, membership.groupExternalId(), membership.memberExternalIds());
                }
            }
        }
    }
}
