package dev.luccaokta.okta;

import java.util.List;
import java.util.Map;

/**
 * The request bodies of the identity-sources API, as records JSON-B writes. A profile's null values are written as
 * nulls, which clear the attribute.
 */
final class OktaBodies {

    static final String USERS = "USERS";

    private OktaBodies() {
    }

    /** B1: {@code {"entityType":"USERS","profiles":[{"externalId":..., "profile":{...}}]}}. */
    public record UsersUpsert(String entityType, List<UserEntry> profiles) {
        static UsersUpsert of(List<OktaProfile> users) {
            return new UsersUpsert(USERS, users.stream().map(UserEntry::of).toList());
        }
    }

    /** A user of B1, and the body of U1. */
    public record UserEntry(String externalId, Map<String, String> profile) {
        static UserEntry of(OktaProfile user) {
            return new UserEntry(user.externalId(), user.attributes());
        }
    }

    /** U3 and U4: the profile alone, the external id being in the path. */
    public record ProfileOnly(Map<String, String> profile) {
    }

    /** B2: {@code {"entityType":"USERS","profiles":[{"externalId":...}]}}. */
    public record UsersDelete(String entityType, List<ExternalId> profiles) {
        static UsersDelete of(List<String> externalIds) {
            return new UsersDelete(USERS, externalIds.stream().map(ExternalId::new).toList());
        }
    }

    public record ExternalId(String externalId) {
    }

    /** B3: {@code {"profiles":[{"externalId":..., "profile":{"displayName":..., "description":...}}]}}. */
    public record GroupsUpsert(List<GroupEntry> profiles) {
    }

    /** A group of B3, and the body of G1 and of G2's update. */
    public record GroupEntry(String externalId, GroupProfile profile) {
        static GroupEntry of(OktaGroup group) {
            return new GroupEntry(group.externalId(), new GroupProfile(group.displayName(), group.description()));
        }
    }

    public record GroupProfile(String displayName, String description) {
    }

    /** B4: {@code {"externalIds":[...]}}. */
    public record GroupsDelete(List<String> externalIds) {
    }

    /** B5 and B6: {@code {"memberships":[{"groupExternalId":..., "memberExternalIds":[...]}]}}. */
    public record Memberships(List<OktaMembership> memberships) {
    }

    /** M2: {@code {"memberExternalId":...}}. */
    public record Member(String memberExternalId) {
    }
}
