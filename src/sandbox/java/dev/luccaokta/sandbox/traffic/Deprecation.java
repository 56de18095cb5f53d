package dev.luccaokta.sandbox.traffic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a route as Lucca announces it once it deprecates one: a {@code Deprecation} header (RFC 9745, a date
 * such as {@code @1767225600}) and, once an end date is set, a {@code Sunset} header (RFC 8594, an HTTP date). The
 * values are sent as given rather than parsed, so that a test can also send what a careless server would.
 *
 * @param route  the endpoint as the request log names it ({@code GET /api/v3/users/{id}}); a numeric segment given
 *               here becomes {@code {id}}
 * @param sunset null while no end date is set, as Lucca does for {@code /api/v3/users} today
 */
public record Deprecation(String route, String deprecation, String sunset) {
    private static final int MAX_ROUTE_CHARS = 200;
    /** Longer than any date, so that a client's own bound on these headers can be tested; still a sane header. */
    private static final int MAX_VALUE_CHARS = 1000;
    /** A method and a path without query, in visible ASCII. */
    private static final Pattern ROUTE = Pattern.compile("([A-Z]+) (/[\\x21-\\x7E&&[^?#]]*)");
    /** Visible ASCII and spaces: what a header value may hold without being mangled or splitting the header. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]+");

    /** @throws IllegalArgumentException with a message for the client when a value is missing, malformed or too long */
    public Deprecation {
        route = routeKey(route);
        deprecation = headerValue("deprecation", deprecation);
        sunset = sunset == null ? null : headerValue("sunset", sunset);
    }

    private static String routeKey(String route) {
        if (route == null) {
            throw new IllegalArgumentException("route is required, such as \"GET /api/v3/users\"");
        }
        String given = route.strip();
        Matcher parts = ROUTE.matcher(given);
        if (given.length() > MAX_ROUTE_CHARS || !parts.matches()) {
            throw new IllegalArgumentException("route must be a method and a path of at most " + MAX_ROUTE_CHARS
                    + " characters, such as \"GET /api/v3/users/{id}\"");
        }
        return EndpointKey.of(parts.group(1), parts.group(2));
    }

    private static String headerValue(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and may not be blank");
        }
        String clean = value.strip();
        if (clean.length() > MAX_VALUE_CHARS || !HEADER_VALUE.matcher(clean).matches()) {
            throw new IllegalArgumentException(name + " must be printable ASCII of at most " + MAX_VALUE_CHARS
                    + " characters");
        }
        return clean;
    }
}
