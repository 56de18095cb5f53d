package dev.luccaokta.sandbox.traffic;

import java.util.regex.Pattern;

/**
 * Names the endpoint of a request for the request log: the method and the path inside the application, with every
 * all-digit path segment replaced by {@code {id}} ({@code GET /api/v3/users/13} → {@code GET /api/v3/users/{id}}).
 */
final class EndpointKey {
    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("(?<=/)\\d+(?=/|$)");

    private EndpointKey() {
    }

    static String of(String method, String path) {
        return method + " " + NUMERIC_SEGMENT.matcher(path).replaceAll("{id}");
    }
}
