package dev.luccaokta.web;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unforeseen failure of a request, as both APIs answer it: logged with its stack trace for the operator under the
 * request's id, and answered with a 500 that names that id as the incident and says nothing else of the failure (no
 * message, no stack trace, nothing a secret could hide in). Each API writes the answer in its own format.
 *
 * <pre>{@code
 * Incident incident = Incident.logged(LOG, "scim", requestId.value(), error);
 * return ScimErrorResponses.of(500, null, incident.summary());     // or a problem: TITLE, detail()
 * }</pre>
 */
public final class Incident {

    public static final String TITLE = "Internal error";

    private final String id;

    private Incident(String id) {
        this.id = id;
    }

    /**
     * Logs the failure at {@code SEVERE}, as an {@code unexpected-error} line with the request's id and the API,
     * on the API's own logger.
     */
    public static Incident logged(Logger log, String api, String requestId, Throwable error) {
        log.log(Level.SEVERE, LogLine.of("unexpected-error", "id", requestId, "api", api), error);
        return new Incident(requestId);
    }

    /** Where the operator finds what happened. */
    public String detail() {
        return "Incident " + id + " is in the connector's log";
    }

    /** The title and the detail in one, for an answer that has no title. */
    public String summary() {
        return TITLE + ". " + detail();
    }
}
