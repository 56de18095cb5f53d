package dev.luccaokta.sandbox.json;

import jakarta.json.JsonObject;

/** Lucca's legacy error body, used for every error status: {@code {"Status": 404, "Message": "..."}}. */
public final class LuccaError {
    public static final String PROBLEM_JSON = "application/problem+json";

    private LuccaError() {
    }

    public static JsonObject body(int status, String message) {
        return JsonValues.object().add("Status", status).add("Message", message).build();
    }

    /** The standard wording for an id that matches nothing the caller may see. */
    public static String notFound(String resource, Object id) {
        return "Resource " + resource + " with ID " + id + " not found";
    }

    /** Whether a path (relative to the application) is the Lucca API's (v5), whose errors are problem details. */
    public static boolean isLuccaApiPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("lucca-api") || relative.startsWith("lucca-api/");
    }

    /** The Lucca API's (v5) error body, RFC 7807 problem details, served as {@code application/problem+json}. */
    public static JsonObject problem(int status, String title, String detail) {
        return JsonValues.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build();
    }
}
