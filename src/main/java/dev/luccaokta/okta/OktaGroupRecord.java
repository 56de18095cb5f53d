package dev.luccaokta.okta;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/** A group as an identity source holds it in Okta: Okta's id ({@code 00g...}), its external id and its profile. */
public record OktaGroupRecord(String id, String externalId, String displayName, String description) {

    /** The group in an answer; empty when the answer is not an object with an external id. */
    static Optional<OktaGroupRecord> of(JsonValue answer) {
        if (!(answer instanceof JsonObject json) || OktaJson.text(json, "externalId") == null) {
            return Optional.empty();
        }
        JsonObject profile = json.get("profile") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        return Optional.of(new OktaGroupRecord(OktaJson.text(json, "id"), OktaJson.text(json, "externalId"),
                OktaJson.text(profile, "displayName"), OktaJson.text(profile, "description")));
    }
}
