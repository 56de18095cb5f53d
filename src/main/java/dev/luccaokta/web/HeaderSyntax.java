package dev.luccaokta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headers JAX-RS parses before any filter or exception mapper of the connector runs: {@code Content-Type},
 * {@code Accept} and {@code Accept-Language}. Jersey (Payara) answers one it cannot parse with a bare 400 the server
 * dresses as an HTML page, RESTEasy (WildFly) with its own page or a 500 ({@code application/json;q=abc}); each API
 * checks them first with the same parses and refuses in its own error format.
 */
public final class HeaderSyntax {

    private static final int ECHOED = 60;

    /** A quality value as RFC 9110 §12.4.2 writes it: 0 to 1, at most three decimals. */
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    private static final Pattern EMPTY_PARAMETER = Pattern.compile("=\\s*(;|$)");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private HeaderSyntax() {
    }

    /** Why the request's headers cannot be read, or null when they can; {@code example} is the media type to suggest. */
    public static String refusal(HttpServletRequest request, String example) {
        List<String> contentTypes = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (contentTypes.size() > 1) {
            return "Send one Content-Type header, not " + contentTypes.size();
        }
        String refusal = contentTypes.isEmpty() ? null : contentTypeRefusal(contentTypes.get(0), example);
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            refusal = refusal != null ? refusal : acceptRefusal(accept, example);
        }
        for (String languages : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE))) {
            refusal = refusal != null ? refusal : languageRefusal(languages);
        }
        return refusal;
    }

    /** Why this Content-Type value cannot be read, or null when it can: the parse Jersey makes. */
    private static String contentTypeRefusal(String contentType, String example) {
        if (contentType == null || contentType.isBlank()) {
            // Jersey parses an empty value too, and fails: a client means no type, but sent a header.
            return "The Content-Type header is empty: send " + example + ", or no Content-Type header";
        }
        return parses(contentType) ? null
                : "The Content-Type header must be one media type such as " + example + ", not '" + shown(contentType) + "'";
    }

    /** Why this Accept value is not a list of media ranges, or null when it is. */
    private static String acceptRefusal(String accept, String example) {
        for (String range : accept.split(",")) {
            if (!range.isBlank() && (!parses(range.strip()) || !qualityValid(MediaType.valueOf(range.strip()).getParameters().get("q")))) {
                return "The Accept header must be a list of media types such as " + example + ", not '" + shown(accept) + "'";
            }
        }
        return null;
    }

    /** Why this Accept-Language value is not a list of language ranges, or null when it is. */
    private static String languageRefusal(String languages) {
        for (String range : languages.split(",")) {
            String[] parts = range.strip().split(";", -1);
            boolean valid = range.isBlank() || LANGUAGE_RANGE.matcher(parts[0].strip()).matches()
                    && (parts.length == 1 || parts.length == 2 && parts[1].strip().startsWith("q=")
                    && qualityValid(parts[1].strip().substring(2)));
            if (!valid) {
                return "The Accept-Language header must be a list of languages such as fr-FR, en;q=0.5, not '"
                        + shown(languages) + "'";
            }
        }
        return null;
    }

    private static boolean parses(String mediaType) {
        if (EMPTY_PARAMETER.matcher(mediaType).find()) {
            // Jersey refuses a parameter without a value, RESTEasy takes it as empty: refused here for both.
            return false;
        }
        try {
            MediaType.valueOf(mediaType);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean qualityValid(String quality) {
        return quality == null || QUALITY.matcher(quality).matches();
    }

    private static String shown(String value) {
        return value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…";
    }
}
