package dev.luccaokta.okta;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Okta's error body, as far as it can be trusted: its code ({@code E0000001}, or an OAuth error such as
 * {@code invalid_client}), its summary and the summaries of its causes, each cut to a few hundred characters and
 * stripped of control characters, since the text ends up in logs and on the administration page. The request's
 * secrets are never in it: it is built from Okta's answer alone.
 *
 * <pre>{@code
 * OktaError.parse("{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed\",\"errorCauses\":[...]}");
 * }</pre>
 */
public record OktaError(String errorCode, String errorSummary, List<String> causes) {

    static final int MAX_TEXT = 300;
    static final int MAX_CAUSES = 10;

    public OktaError {
        causes = List.copyOf(causes);
    }

    /**
     * The error in an answer's body; empty when the body is not a JSON object with at least a code or a summary (a
     * proxy's page, which may echo the request's headers, is never kept).
     */
    static Optional<OktaError> parse(String body) {
        Optional<JsonObject> object = OktaJson.parse(body).filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = object.get();
        String code = text(json.get("errorCode"));
        String summary = text(json.get("errorSummary"));
        if (code == null && summary == null) {
            // OAuth 2.0's shape, as the token endpoint answers.
            code = text(json.get("error"));
            summary = text(json.get("error_description"));
        }
        List<String> causes = new ArrayList<>();
        if (json.get("errorCauses") instanceof JsonArray array) {
            for (JsonValue cause : array) {
                if (causes.size() == MAX_CAUSES) {
                    break;
                }
                if (cause instanceof JsonObject causeObject && text(causeObject.get("errorSummary")) != null) {
                    causes.add(text(causeObject.get("errorSummary")));
                }
            }
        }
        if (code == null && summary == null && causes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OktaError(code, summary, causes));
    }

    /** Whether the summary or a cause says this (ignoring case). */
    boolean mentions(String words) {
        String wanted = words.toLowerCase(Locale.ROOT);
        return errorSummary != null && errorSummary.toLowerCase(Locale.ROOT).contains(wanted)
                || causes.stream().anyMatch(cause -> cause.toLowerCase(Locale.ROOT).contains(wanted));
    }

    @Override
    public String toString() {
        return (errorCode == null ? "" : errorCode + " ") + (errorSummary == null ? "" : errorSummary)
                + (causes.isEmpty() ? "" : " " + causes);
    }

    /** A string member, short and printable; null for anything else. */
    private static String text(JsonValue value) {
        if (!(value instanceof JsonString string)) {
            return null;
        }
        String clean = string.getString().replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) + "…" : clean;
    }
}
