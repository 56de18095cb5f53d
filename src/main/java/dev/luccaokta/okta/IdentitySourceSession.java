package dev.luccaokta.okta;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * An import session of an identity source, as Okta answers it: its id ({@code aps...}), its status and its times
 * (null when Okta left one out or sent something else).
 *
 * <pre>{@code
 * if (session.status().takesData()) { sessions.upload(source, session.id(), request); }
 * }</pre>
 */
public record IdentitySourceSession(String id, Status status, Instant created, Instant lastUpdated) {

    /** A session's life: CREATED, IN_PROGRESS once data came, TRIGGERED by start-import, then one of the ends. */
    public enum Status {
        CREATED, IN_PROGRESS, TRIGGERED, COMPLETED, CLOSED, EXPIRED, ERROR,
        /** A status this connector does not know (Okta added one). */
        UNKNOWN;

        static Status of(String text) {
            for (Status status : values()) {
                if (status.name().equals(text) && status != UNKNOWN) {
                    return status;
                }
            }
            return UNKNOWN;
        }

        /** Blocks the creation of another session of the source (Okta's "active"). */
        public boolean active() {
            return this == CREATED || this == IN_PROGRESS || this == TRIGGERED;
        }

        /** Takes bulk uploads, and can be cancelled. */
        public boolean takesData() {
            return this == CREATED || this == IN_PROGRESS;
        }
    }

    /**
     * The session in an answer: an object, or an array whose first element is one (the shape Okta's published
     * description gives some answers); empty when there is none with an id.
     */
    static Optional<IdentitySourceSession> of(JsonValue answer) {
        JsonValue value = answer instanceof JsonArray array && !array.isEmpty() ? array.get(0) : answer;
        if (!(value instanceof JsonObject json)) {
            return Optional.empty();
        }
        String id = OktaJson.text(json, "id");
        if (id == null || !OktaSource.OKTA_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new IdentitySourceSession(id, Status.of(OktaJson.text(json, "status")),
                OktaJson.time(json, "created"), OktaJson.time(json, "lastUpdated")));
    }
}
