package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.directory.OktaGroup;
import dev.luccaokta.oktasandbox.directory.OktaUser;
import dev.luccaokta.oktasandbox.sessions.ImportSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The org's objects as Okta writes them: sessions, app users, groups, and the Okta user behind an app user. */
final class OktaJson {
    private static final DateTimeFormatter OKTA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OktaJson() {
    }

    static String time(Instant instant) {
        return OKTA_TIME.format(instant);
    }

    static JsonObject session(ImportSession.View session) {
        return Json.createObjectBuilder().add("id", session.id()).add("identitySourceId", session.identitySourceId())
                .add("status", session.status().name()).add("importType", "INCREMENTAL")
                .add("created", time(session.created())).add("lastUpdated", time(session.lastUpdated())).build();
    }

    /** The app user, as the per-user endpoints answer. */
    static JsonObject appUser(OktaUser user) {
        return Json.createObjectBuilder().add("id", user.appUserId()).add("externalId", user.externalId())
                .add("created", time(user.created())).add("lastUpdated", time(user.lastUpdated()))
                .add("profile", profile(user.profile())).build();
    }

    /** The Okta user linked to the app user, as the emulator's control API shows it. */
    static JsonObject oktaUser(OktaUser user) {
        return Json.createObjectBuilder().add("id", user.userId()).add("status", user.status().name())
                .add("identitySourceId", user.sourceId()).add("appUserId", user.appUserId())
                .add("externalId", user.externalId()).add("created", time(user.created()))
                .add("lastUpdated", time(user.lastUpdated())).add("profile", profile(user.profile())).build();
    }

    static JsonObject group(OktaGroup group) {
        JsonObjectBuilder profile = Json.createObjectBuilder().add("displayName", group.profile().displayName());
        if (group.profile().description() == null) {
            profile.addNull("description");
        } else {
            profile.add("description", group.profile().description());
        }
        return Json.createObjectBuilder().add("id", group.id()).add("externalId", group.externalId())
                .add("created", time(group.created())).add("lastUpdated", time(group.lastUpdated()))
                .add("profile", profile).build();
    }

    private static JsonObjectBuilder profile(Map<String, String> values) {
        JsonObjectBuilder profile = Json.createObjectBuilder();
        values.forEach((name, value) -> {
            if (value == null) {
                profile.addNull(name);
            } else {
                profile.add(name, value);
            }
        });
        return profile;
    }
}
