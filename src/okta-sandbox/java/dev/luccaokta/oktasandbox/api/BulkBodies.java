package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.directory.GroupProfile;
import dev.luccaokta.oktasandbox.directory.Profiles;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.oktasandbox.sessions.StagedChange;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of the six bulk requests, checked against Okta's schemas and turned into staged changes. */
final class BulkBodies {
    static final int USER_ID_LENGTH = 512;
    static final int GROUP_ID_LENGTH = 255;

    private BulkBodies() {
    }

    static StagedChange upsertUsers(JsonObject body) {
        requireUsers(body);
        List<StagedChange.UserProfile> users = new ArrayList<>();
        for (JsonObject item : JsonBodies.objects(body, "profiles")) {
            users.add(new StagedChange.UserProfile(JsonBodies.string(item, "externalId", USER_ID_LENGTH),
                    Profiles.strings(item.get("profile"))));
        }
        return new StagedChange.UpsertUsers(users);
    }

    static StagedChange deleteUsers(JsonObject body) {
        requireUsers(body);
        List<String> externalIds = new ArrayList<>();
        JsonBodies.objects(body, "profiles").forEach(item -> externalIds.add(JsonBodies.string(item, "externalId", USER_ID_LENGTH)));
        return new StagedChange.DeleteUsers(externalIds);
    }

    static StagedChange upsertGroups(JsonObject body) {
        Map<String, GroupProfile> groups = new LinkedHashMap<>();
        for (JsonObject item : JsonBodies.objects(body, "profiles")) {
            groups.put(JsonBodies.string(item, "externalId", GROUP_ID_LENGTH), groupProfile(item.get("profile")));
        }
        return new StagedChange.UpsertGroups(groups);
    }

    static StagedChange deleteGroups(JsonObject body) {
        return new StagedChange.DeleteGroups(JsonBodies.strings(body, "externalIds", GROUP_ID_LENGTH));
    }

    static StagedChange addMemberships(JsonObject body) {
        return new StagedChange.Memberships(memberships(body), true);
    }

    static StagedChange removeMemberships(JsonObject body) {
        return new StagedChange.Memberships(memberships(body), false);
    }

    /** A group's profile: a display name and an optional description. */
    static GroupProfile groupProfile(JsonValue profile) {
        if (profile == null || profile.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OktaApiException.validation("profile", "The field profile is required and must be an object.");
        }
        return new GroupProfile(JsonBodies.string(profile.asJsonObject(), "displayName", 255),
                JsonBodies.optionalString(profile.asJsonObject(), "description", 1024));
    }

    private static List<StagedChange.Membership> memberships(JsonObject body) {
        List<StagedChange.Membership> memberships = new ArrayList<>();
        for (JsonObject item : JsonBodies.objects(body, "memberships")) {
            memberships.add(new StagedChange.Membership(JsonBodies.string(item, "groupExternalId", GROUP_ID_LENGTH),
                    JsonBodies.strings(item, "memberExternalIds", GROUP_ID_LENGTH)));
        }
        return memberships;
    }

    private static void requireUsers(JsonObject body) {
        JsonValue type = body.get("entityType");
        if (type != null && !JsonValue.NULL.equals(type) && !(type.getValueType() == JsonValue.ValueType.STRING
                && "USERS".equals(body.getString("entityType")))) {
            throw OktaApiException.validation("entityType", "The field entityType is not valid.");
        }
    }
}
