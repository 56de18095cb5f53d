package dev.luccaokta.sandbox.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads Lucca's {@code Authorization: lucca application={apiKey}} header. The scheme and parameter name are matched
 * without regard to case; anything else (a Bearer token, a missing key) carries no key.
 */
public final class AuthorizationHeader {
    private static final String SCHEME = "lucca";
    private static final String PARAMETER = "application=";

    private AuthorizationHeader() {
    }

    /** The API key in the header value, if it is a well-formed Lucca header. */
    public static Optional<String> apiKey(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String value = headerValue.trim();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return Optional.empty();
        }
        String credentials = value.substring(space + 1).trim();
        if (!credentials.toLowerCase(Locale.ROOT).startsWith(PARAMETER)) {
            return Optional.empty();
        }
        String key = credentials.substring(PARAMETER.length()).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
