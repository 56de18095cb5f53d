package dev.luccaokta.sandbox.json;

import jakarta.json.JsonObject;

/** Lucca's error body, used for every error status: {@code {"Status": 404, "Message": "..."}}. */
public final class LuccaError {
    private LuccaError() {
    }

    public static JsonObject body(int status, String message) {
        return JsonValues.object().add("Status", status).add("Message", message).build();
    }

    /** The standard wording for an id that matches nothing the caller may see. */
    public static String notFound(String resource, Object id) {
        return "Resource " + resource + " with ID " + id + " not found";
    }
}
